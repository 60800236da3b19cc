/** The Word note of the demo case, the one document written for it rather than taken from the test fixtures. */

/** The sentence the demo codes as "Overruled" (SV4). */
export const NOTE_OVERRULED = 'Het advies van de uitvoering om de termijn te verlengen is niet overgenomen: de politieke prioriteit is een snelle start.';

export const NOTE_PARAGRAPHS = ['Nota hersteloperatie', 'De hersteloperatie vraagt om een nieuwe aanpak, zie 5.1.2e.', NOTE_OVERRULED, 'Van: Programmadirectie', 'Datum: 30-03-2020'];
