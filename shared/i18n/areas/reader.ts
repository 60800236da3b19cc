import { defineMessages } from '../define';

/** The document reader's page views, thumbnails and zoom; progress of long work; dropping files to import. */
export const readerMessages = defineMessages(
  {
    'progress.timeLeft': 'nog ongeveer {time}',
    'progress.fewSeconds': 'een paar seconden',
    'progress.hoursAndMinutes': '{hours} en {minutes}',
    'progress.estimating': 'resterende tijd wordt bepaald…',
    'progress.verifyLabel': 'Voortgang van de integriteitscontrole',
    'progress.stopVerify': 'Controle stoppen',
    'progress.stopping': 'Bezig met stoppen…',
    'progress.verifyStopped': 'De integriteitscontrole is gestopt voordat alle originelen waren gecontroleerd.',
    'error.verify.cancelled': 'De integriteitscontrole is gestopt na {done} van {total} documenten.',
  },
  {
    'progress.timeLeft': 'about {time} left',
    'progress.fewSeconds': 'a few seconds',
    'progress.hoursAndMinutes': '{hours} and {minutes}',
    'progress.estimating': 'estimating time left…',
    'progress.verifyLabel': 'Integrity check progress',
    'progress.stopVerify': 'Stop check',
    'progress.stopping': 'Stopping…',
    'progress.verifyStopped': 'The integrity check was stopped before every original was checked.',
    'error.verify.cancelled': 'The integrity check was stopped after {done} of {total} documents.',
  },
);
