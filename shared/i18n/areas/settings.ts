import { defineMessages } from '../define';

/**
 * The settings dialog, the themes, what the settings cause elsewhere (pages
 * left unread with OCR off, an unusable data folder), and names that exist
 * only for assistive technology.
 */
export const settingsMessages = defineMessages(
  {
    'settings.open': 'Instellingen',
    'settings.title': 'Instellingen',
    'settings.close': 'Sluiten',
    'settings.save': 'Opslaan',
    'settings.analystName': 'Naam analist',
    'settings.analystHint': 'Staat bij elke gecodeerde passage, memo en regel van het auditlogboek.',
    'settings.language': 'Taal',
    'settings.theme': 'Weergave',
    'settings.theme.system': 'Zoals het systeem',
    'settings.theme.light': 'Licht',
    'settings.theme.dark': 'Donker',
    'settings.ocr': 'Gescande pagina’s lezen met OCR bij importeren',
    'settings.ocrHint': 'Uit: importeren gaat sneller, maar gescande pagina’s en afbeeldingen krijgen geen tekst en zijn niet doorzoekbaar. Het importrapport noemt ze.',
    'settings.casesDir': 'Gegevensmap voor nieuwe zaken',
    'settings.casesDirHint': 'Leeg laten voor de standaardmap. De map moet bestaan en beschrijfbaar zijn.',
    'settings.casesDirChoose': 'Map kiezen…',
    'settings.casesDirDefault': 'Standaardmap gebruiken',
    'case.views': 'Onderdelen van de zaak',
    'doc.ocrSkipped': '(Deze pagina is een scan en is niet met OCR gelezen: OCR stond uit in de instellingen. Er is dus geen tekst.)',
    'error.import.notOcred': '{count} gescande pagina(’s) niet gelezen omdat OCR uit staat (pagina {pages}); die pagina’s hebben geen tekst.',
    'error.settings.casesDirUnusable': 'De map {path} kan geen nieuwe zaken bevatten: geef het volledige pad van een bestaande map waarin je mag schrijven.',
  },
  {
    'settings.open': 'Settings',
    'settings.title': 'Settings',
    'settings.close': 'Close',
    'settings.save': 'Save',
    'settings.analystName': 'Analyst name',
    'settings.analystHint': 'Recorded on every coded passage, memo and audit log entry.',
    'settings.language': 'Language',
    'settings.theme': 'Appearance',
    'settings.theme.system': 'Same as the system',
    'settings.theme.light': 'Light',
    'settings.theme.dark': 'Dark',
    'settings.ocr': 'Read scanned pages by OCR on import',
    'settings.ocrHint': 'Off: imports are faster, but scanned pages and images get no text and cannot be searched. The import report names them.',
    'settings.casesDir': 'Data folder for new cases',
    'settings.casesDirHint': 'Leave empty for the default folder. The folder must exist and be writable.',
    'settings.casesDirChoose': 'Choose folder…',
    'settings.casesDirDefault': 'Use the default folder',
    'case.views': 'Parts of the case',
    'doc.ocrSkipped': '(This page is a scan that was not read by OCR: OCR was off in the settings. So it has no text.)',
    'error.import.notOcred': '{count} scanned page(s) not read because OCR is off (page {pages}); those pages have no text.',
    'error.settings.casesDirUnusable': 'The folder {path} cannot hold new cases: give the full path of an existing folder you may write to.',
  },
);
