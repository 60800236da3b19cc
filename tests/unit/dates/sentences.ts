import type { FuzzyDate, SimpleDate } from '../../../shared/chronology/fuzzy-date';

/**
 * Dutch sentences with the dates an analyst reads in them: the table the
 * unit tests check and `npm run bench:dates` scores (Spoor beside
 * chrono-node). Written in the style of real sources: Woo decision letters,
 * Kamerbrieven and Kamervragen, printed e-mails, inspection reports and
 * annual plans, and the essay in ../shared/corpus/text/ambtelijk-vakmanschap.md;
 * the traps expect no date. `ref` is the document's own date.
 *
 * Expected values follow Spoor's documented reading: "tot X" is before X,
 * "sinds/vanaf X" from X on, "rond/ca. X" approximately X, a year left out
 * is the one closest to the reference date, and "(2021)" after an author
 * is a citation, not a date.
 */
export type Genre = 'woo' | 'kamer' | 'email' | 'inspectie' | 'essay' | 'trap';

export interface ExpectedDate {
  /** The text of the date in the sentence (its span). */
  text: string;
  value: FuzzyDate;
}

export interface DateSentence {
  genre: Genre;
  ref: string;
  text: string;
  expected: ExpectedDate[];
}

const day = (year: number, month: number, d: number): SimpleDate => ({ kind: 'day', year, month, day: d });
const at = (year: number, month: number, d: number, hour: number, minute: number): SimpleDate => ({ kind: 'datetime', year, month, day: d, hour, minute });
const month = (year: number, m: number): SimpleDate => ({ kind: 'month', year, month: m });
const part = (p: 'begin' | 'mid' | 'end', year: number, m?: number): SimpleDate => (m === undefined ? { kind: 'part', part: p, year } : { kind: 'part', part: p, year, month: m });
const half = (year: number, h: 1 | 2): SimpleDate => ({ kind: 'half', year, half: h });
const quarter = (year: number, q: number): SimpleDate => ({ kind: 'quarter', year, quarter: q });
const season = (year: number, s: 'spring' | 'summer' | 'autumn' | 'winter'): SimpleDate => ({ kind: 'season', year, season: s });
const year = (y: number): SimpleDate => ({ kind: 'year', year: y });
const week = (y: number, w: number): SimpleDate => ({ kind: 'week', year: y, week: w });
const vergaderjaar = (y: number): SimpleDate => ({ kind: 'parliamentaryYear', year: y });
const range = (from: SimpleDate, to: SimpleDate): FuzzyDate => ({ kind: 'range', from, to });
const before = (date: SimpleDate, inclusive = false): FuzzyDate => ({ kind: 'before', date, inclusive });
const after = (date: SimpleDate, inclusive = false): FuzzyDate => ({ kind: 'after', date, inclusive });
const approx = (date: SimpleDate): FuzzyDate => ({ kind: 'approximate', date });

function s(genre: Genre, ref: string, text: string, ...expected: Array<[string, FuzzyDate]>): DateSentence {
  return { genre, ref, text, expected: expected.map(([span, value]) => ({ text: span, value })) };
}

export const DATE_SENTENCES: readonly DateSentence[] = [
  // --- Woo decision letters -------------------------------------------------
  s('woo', '2025-12-09', 'Bij brief van 2 juli 2025 heeft u gevraagd om openbaarmaking van documenten.', ['2 juli 2025', day(2025, 7, 2)]),
  s('woo', '2025-12-09', 'Bij e-mail van 28 november 2024 is de ontvangst van uw verzoek schriftelijk bevestigd.', ['28 november 2024', day(2024, 11, 28)]),
  s(
    'woo',
    '2025-12-09',
    'Bij e-mails van 12 augustus, 3 en 29 september, 10 en 31 oktober en 21 november 2025 bent u geïnformeerd over de voortgang van de behandeling.',
    ['12 augustus', day(2025, 8, 12)],
    ['3', day(2025, 9, 3)],
    ['29 september', day(2025, 9, 29)],
    ['10', day(2025, 10, 10)],
    ['31 oktober', day(2025, 10, 31)],
    ['21 november 2025', day(2025, 11, 21)],
  ),
  s('woo', '2025-12-09', 'Bij e-mail van 23 juli 2025 bent u erover geïnformeerd dat de beslissing op uw Woo-verzoek twee weken is verdaagd.', ['23 juli 2025', day(2025, 7, 23)]),
  s('woo', '2025-12-09', 'U heeft verzocht om alle stukken die vanaf de instelling van de commissie tot 3 juni 2025 zijn opgesteld.', ['tot 3 juni 2025', before(day(2025, 6, 3))]),
  s('woo', '2023-06-20', 'Uw verzoek is op 14 maart 2023 ontvangen en geregistreerd onder kenmerk 2023-0417.', ['14 maart 2023', day(2023, 3, 14)]),
  s('woo', '2023-06-20', 'De beslistermijn is met vier weken verdaagd tot 11 mei 2023.', ['11 mei 2023', day(2023, 5, 11)]),
  s('woo', '2025-12-09', 'Het besluit van 9 december 2025 treft u hierbij aan.', ['9 december 2025', day(2025, 12, 9)]),
  s(
    'woo',
    '2024-01-15',
    'Op 16 oktober 2023 heeft de staatssecretaris de Kamer geïnformeerd (Kamerstukken II 2023/24, 31066, nr. 1320).',
    ['16 oktober 2023', day(2023, 10, 16)],
    ['Kamerstukken II 2023/24', vergaderjaar(2023)],
  ),
  s('woo', '2025-12-09', 'Document 12 (ID 963539) is een e-mail van 23 april 2025 met de adviesnota als bijlage.', ['23 april 2025', day(2025, 4, 23)]),
  s('woo', '2025-12-09', 'De zienswijzen van derden zijn op 17 november ontvangen.', ['17 november', day(2025, 11, 17)]),
  s('woo', '2023-02-01', 'In het inventarisoverzicht staan 45 documenten uit de periode 2019-2022.', ['2019-2022', range(year(2019), year(2022))]),
  s('woo', '2022-03-15', 'Uw verzoek betreft documenten over de periode van 1 januari 2020 tot en met 31 december 2021.', ['1 januari 2020 tot en met 31 december 2021', range(day(2020, 1, 1), day(2021, 12, 31))]),
  s('woo', '2021-03-01', "Op 5 december 2019 stuurde een medewerker een e-mail over 'afpakjesdag'.", ['5 december 2019', day(2019, 12, 5)]),
  s('woo', '2021-06-01', 'De gevraagde documenten dateren van medio 2019 tot eind 2020.', ['medio 2019 tot eind 2020', range(part('mid', 2019), part('end', 2020))]),
  s('woo', '2025-09-10', 'Bij brief d.d. 3 juni jl. heeft u uw verzoek aangevuld.', ['3 juni jl.', day(2025, 6, 3)]),
  s('woo', '2025-09-10', 'Gelet op de omvang van het verzoek is in week 34 een gesprek met u gevoerd.', ['week 34', week(2025, 34)]),
  s('woo', '2025-02-20', 'De documenten zijn in het vierde kwartaal van 2024 aangetroffen in de e-mailboxen van betrokkenen.', ['vierde kwartaal van 2024', quarter(2024, 4)]),
  s('woo', '2021-09-01', 'Het gaat om documenten uit het tijdvak 1 maart 2021 – 30 juni 2021.', ['1 maart 2021 – 30 juni 2021', range(day(2021, 3, 1), day(2021, 6, 30))]),
  s(
    'woo',
    '2024-03-01',
    'Nadat u op 8 februari telefonisch om uitstel had gevraagd, is de termijn verlengd tot 22 februari 2024.',
    ['8 februari', day(2024, 2, 8)],
    ['22 februari 2024', day(2024, 2, 22)],
  ),
  s('woo', '2025-12-09', 'Een deel van de documenten valt buiten de reikwijdte van het verzoek omdat deze na 3 juni 2025 zijn opgesteld.', ['na 3 juni 2025', after(day(2025, 6, 3))]),
  s(
    'woo',
    '2024-12-02',
    'De eerste zienswijze ontvingen wij op maandag 4 november 2024, de laatste op vrijdag 15 november 2024.',
    ['maandag 4 november 2024', day(2024, 11, 4)],
    ['vrijdag 15 november 2024', day(2024, 11, 15)],
  ),
  s('woo', '2020-05-04', 'Het verzoek ontving ik op 12 maart 2020 om 14.05 uur via het webformulier.', ['12 maart 2020 om 14.05 uur', at(2020, 3, 12, 14, 5)]),
  s('woo', '2022-11-30', 'Op 2 november 2022 heeft u het verzoek ingetrokken voor zover het de jaren 2015 en 2016 betreft.', ['2 november 2022', day(2022, 11, 2)], ['2015', year(2015)], ['2016', year(2016)]),
  s('woo', '2023-10-12', 'De documenten zijn opgesteld in de periode maart tot en met juni 2023.', ['maart tot en met juni 2023', range(month(2023, 3), month(2023, 6))]),
  s('woo', '2024-07-01', 'Op 15 april 2024 heeft een gesprek plaatsgevonden; het verslag van 22 april 2024 is bijgevoegd als document 7.', ['15 april 2024', day(2024, 4, 15)], ['22 april 2024', day(2024, 4, 22)]),
  s('woo', '2024-07-01', 'Uw verzoek van 6 februari 2024 heeft betrekking op de besluitvorming in 2022 en 2023.', ['6 februari 2024', day(2024, 2, 6)], ['2022', year(2022)], ['2023', year(2023)]),
  s('woo', '2023-04-05', 'Het verzoek is ingediend op 3-1-2023 en ontvangen op 05-01-2023.', ['3-1-2023', day(2023, 1, 3)], ['05-01-2023', day(2023, 1, 5)]),
  s('woo', '2022-08-15', 'De termijn voor het indienen van een zienswijze liep van 4 tot en met 18 juli.', ['4 tot en met 18 juli', range(day(2022, 7, 4), day(2022, 7, 18))]),

  // --- Kamerbrieven, Kamervragen ----------------------------------------------
  s('kamer', '2021-06-21', 'Vragen van het lid Omtzigt (CDA) aan de staatssecretaris van Financiën (ingezonden 3 juni 2021).', ['3 juni 2021', day(2021, 6, 3)]),
  s('kamer', '2021-06-21', 'Antwoord van staatssecretaris Van Huffelen (ontvangen 21 juni 2021).', ['21 juni 2021', day(2021, 6, 21)]),
  s('kamer', '2021-03-01', 'Tweede Kamer der Staten-Generaal, vergaderjaar 2020–2021, 35 510, nr. 4.', ['vergaderjaar 2020–2021', vergaderjaar(2020)]),
  s(
    'kamer',
    '2023-11-20',
    'In mijn brief van 16 oktober 2023 heb ik u toegezegd de Kamer voor het einde van het jaar te informeren.',
    ['16 oktober 2023', day(2023, 10, 16)],
    ['einde van het jaar', part('end', 2023)],
  ),
  s('kamer', '2023-11-20', 'Ik verwacht u in het voorjaar van 2024 nader te informeren over de voortgang.', ['voorjaar van 2024', season(2024, 'spring')]),
  s('kamer', '2024-06-01', 'De wet treedt naar verwachting per 1 januari 2025 in werking.', ['1 januari 2025', day(2025, 1, 1)]),
  s('kamer', '2024-01-10', 'Zoals aangekondigd in de brief van 31 augustus 2023 (Kamerstuk 31066, nr. 1276) wordt de systeemmodernisering voortgezet.', ['31 augustus 2023', day(2023, 8, 31)]),
  s('kamer', '2021-02-01', 'Het kabinet heeft op 15 januari 2021 zijn ontslag aangeboden.', ['15 januari 2021', day(2021, 1, 15)]),
  s('kamer', '2021-01-10', "De commissie heeft het rapport 'Ongekend onrecht' op 17 december 2020 gepubliceerd.", ['17 december 2020', day(2020, 12, 17)]),
  s('kamer', '2023-12-12', 'Ik zal de Kamer uiterlijk in het derde kwartaal van 2024 informeren.', ['uiterlijk in het derde kwartaal van 2024', before(quarter(2024, 3), true)]),
  s('kamer', '2024-01-10', 'De Belastingdienst verwacht met beide systemen medio 2024 klaar te zijn.', ['medio 2024', part('mid', 2024)]),
  s('kamer', '2024-01-10', 'Eind 2024 ronden we de toetsing van 791 bedrijven af.', ['Eind 2024', part('end', 2024)]),
  s('kamer', '2024-01-10', 'Per oktober 2023 hebben 260.000 burgers informatie over hun dossier ontvangen.', ['oktober 2023', month(2023, 10)]),
  s('kamer', '2024-01-10', 'In september 2023 is het kernteam jongeren gestart.', ['september 2023', month(2023, 9)]),
  s('kamer', '2024-01-10', 'Tot medio 2023 lag de nadruk vooral op ondersteuning bij het aanvragen van uitstel.', ['Tot medio 2023', before(part('mid', 2023))]),
  s('kamer', '2024-01-10', 'De Algemene Rekenkamer publiceert het verantwoordingsonderzoek 2023 in mei 2024.', ['mei 2024', month(2024, 5)]),
  s('kamer', '2021-09-01', 'Sinds 2016 ontving de Nationale ombudsman signalen over armoede in de vrouwenopvang.', ['Sinds 2016', after(year(2016), true)]),
  s('kamer', '2021-09-01', 'De wetswijziging is op 1 juli 2021 in werking getreden (Stb. 2021, 315).', ['1 juli 2021', day(2021, 7, 1)]),
  s('kamer', '2022-04-01', 'Voorafgaand aan het debat van 7 april heb ik de Kamer een technische briefing aangeboden.', ['7 april', day(2022, 4, 7)]),
  s('kamer', '2020-11-01', 'In de periode 2017-2019 zijn ruim 1.100 bezwaren niet tijdig behandeld.', ['2017-2019', range(year(2017), year(2019))]),
  s('kamer', '2022-06-01', 'De minister heeft de Kamer op 12, 19 en 26 mei 2022 schriftelijk geïnformeerd.', ['12', day(2022, 5, 12)], ['19', day(2022, 5, 19)], ['26 mei 2022', day(2022, 5, 26)]),
  s('kamer', '2022-10-20', 'Het wetsvoorstel ligt van 2 t/m 30 november 2022 ter consultatie.', ['2 t/m 30 november 2022', range(day(2022, 11, 2), day(2022, 11, 30))]),
  s('kamer', '2024-09-17', 'De evaluatie wordt in de tweede helft van 2025 afgerond.', ['tweede helft van 2025', half(2025, 2)]),
  s('kamer', '2024-05-10', 'In het eerste kwartaal van dit jaar zijn 4.300 klachten binnengekomen.', ['eerste kwartaal van dit jaar', quarter(2024, 1)]),
  s('kamer', '2024-05-10', 'Vorig jaar heeft de inspectie 12 bedrijven bezocht.', ['Vorig jaar', year(2023)]),
  s('kamer', '2024-03-01', 'De Kamer ontvangt de volgende voortgangsrapportage vóór 1 juli 2024.', ['vóór 1 juli 2024', before(day(2024, 7, 1))]),
  s('kamer', '2024-03-05', 'Ik heb u op 30 januari jl. geïnformeerd over de stand van zaken.', ['30 januari jl.', day(2024, 1, 30)]),
  s('kamer', '2024-03-05', 'Het debat is verplaatst naar donderdag 14 maart.', ['donderdag 14 maart', day(2024, 3, 14)]),
  s('kamer', '2022-05-01', 'De brief van de minister d.d. 12-04-2022 is als bijlage toegevoegd.', ['12-04-2022', day(2022, 4, 12)]),
  s('kamer', '2023-06-01', 'Het kabinet streeft ernaar de hersteloperatie in 2026 af te ronden, maar dat lukt niet voor 2027.', ['2026', year(2026)], ['2027', year(2027)]),
  s('kamer', '2021-01-15', 'Tussen 2012 en 2019 zijn circa 26.000 ouders ten onrechte als fraudeur aangemerkt.', ['Tussen 2012 en 2019', range(year(2012), year(2019))]),
  s('kamer', '2020-07-01', 'Op 19 mei 2020 stelde de Tweede Kamer de parlementaire ondervragingscommissie in.', ['19 mei 2020', day(2020, 5, 19)]),
  s('kamer', '2022-02-01', 'Vergaderjaar 2021–2022 Aanhangsel van de Handelingen', ['Vergaderjaar 2021–2022', vergaderjaar(2021)]),
  s('kamer', '2020-06-01', 'Zie ook Kamerstukken II 2019/20, 31066, nr. 570.', ['Kamerstukken II 2019/20', vergaderjaar(2019)]),
  s('kamer', '2021-07-01', 'Het onderzoek loopt van maart tot en met juni 2021.', ['maart tot en met juni 2021', range(month(2021, 3), month(2021, 6))]),
  s('kamer', '2023-10-02', 'De resultaten verwacht ik begin volgend jaar.', ['begin volgend jaar', part('begin', 2024)]),
  s('kamer', '2023-05-03', 'Ik verwacht de Kamer eind deze maand te informeren.', ['eind deze maand', part('end', 2023, 5)]),
  s('kamer', '2024-01-20', 'Dit voorjaar start een pilot in drie regio’s.', ['Dit voorjaar', season(2024, 'spring')]),
  s('kamer', '2024-01-20', 'Komende zomer wordt het systeem vervangen.', ['Komende zomer', season(2024, 'summer')]),
  s('kamer', '2023-03-01', 'De toezegging uit het commissiedebat van 8 februari 2023 is hiermee afgedaan.', ['8 februari 2023', day(2023, 2, 8)]),
  s('kamer', '2023-11-20', 'In het voorjaar informeer ik uw Kamer over de uitkomsten.', ['voorjaar', season(2024, 'spring')]),
  s('kamer', '2022-09-14', 'Vorige maand heeft de minister drie gesprekken gevoerd met de uitvoeringsorganisaties.', ['Vorige maand', month(2022, 8)]),
  s('kamer', '2022-03-01', 'De regeling wordt met ingang van 1 januari 2023 aangepast.', ['met ingang van 1 januari 2023', after(day(2023, 1, 1), true)]),
  s('kamer', '2021-05-01', 'Op 26 april 2021 heeft de ministerraad besloten de Kamer hierover te informeren.', ['26 april 2021', day(2021, 4, 26)]),
  s('kamer', '2023-02-01', 'De minister heeft in januari, februari en maart 2022 overleg gevoerd met de VNG.', ['januari', month(2022, 1)], ['februari', month(2022, 2)], ['maart 2022', month(2022, 3)]),
  s('kamer', '2022-05-01', 'De Kamer werd pas later dan 1 april 2021 geïnformeerd.', ['later dan 1 april 2021', after(day(2021, 4, 1))]),
  s('kamer', '2024-02-01', 'In de brief van 20 december 2023 is een planning tot en met 2026 opgenomen.', ['20 december 2023', day(2023, 12, 20)], ['tot en met 2026', before(year(2026), true)]),
  s('kamer', '2022-06-01', 'De evaluatie van vorig jaar liet zien dat de uitvoering achterbleef.', ['vorig jaar', year(2021)]),

  // --- printed e-mails --------------------------------------------------------
  s('email', '2019-05-09', 'Van: [5.1.2e] Verzonden: donderdag 9 mei 2019 16:40 Aan: [5.1.2e] Onderwerp: RE: signalen CAF-zaken', ['donderdag 9 mei 2019 16:40', at(2019, 5, 9, 16, 40)]),
  s('email', '2020-02-03', 'Verzonden: maandag 3 februari 2020 09:12', ['maandag 3 februari 2020 09:12', at(2020, 2, 3, 9, 12)]),
  s('email', '2018-03-12', 'Datum: 12-03-2018 14:22', ['12-03-2018 14:22', at(2018, 3, 12, 14, 22)]),
  s('email', '2019-06-17', 'Op vr 14 juni 2019 om 10:03 schreef [5.1.2e] het volgende:', ['vr 14 juni 2019 om 10:03', at(2019, 6, 14, 10, 3)]),
  s('email', '2020-01-13', 'Kunnen we donderdag 16 januari om 14.00 uur even bellen?', ['donderdag 16 januari om 14.00 uur', at(2020, 1, 16, 14, 0)]),
  s('email', '2019-05-09', 'Het overleg van gisteren is verplaatst naar volgende week.', ['gisteren', day(2019, 5, 8)], ['volgende week', week(2019, 20)]),
  s('email', '2019-05-09', 'Graag zo spoedig mogelijk een reactie, uiterlijk morgen 12.00 uur.', ['uiterlijk morgen 12.00 uur', before(at(2019, 5, 10, 12, 0), true)]),
  s('email', '2019-07-10', 'Ik ben van 22 juli t/m 9 augustus afwezig en lees mijn mail niet.', ['22 juli t/m 9 augustus', range(day(2019, 7, 22), day(2019, 8, 9))]),
  s('email', '2021-07-05', 'Zie mijn mail van 28-6 over de Kamervragen.', ['28-6', day(2021, 6, 28)]),
  s('email', '2019-03-20', 'Tijdens het overleg op 12 maart (zie agenda) is afgesproken om de signalen op te schalen.', ['12 maart', day(2019, 3, 12)]),
  s('email', '2019-04-08', 'Bijgaand de notulen van het MT-overleg d.d. 4 april 2019.', ['4 april 2019', day(2019, 4, 4)]),
  s('email', '2019-05-28', 'Afspraak: dinsdag 4 juni 2019, 10.00-11.30 uur, kamer 5.12', ['dinsdag 4 juni 2019, 10.00-11.30 uur', range(at(2019, 6, 4, 10, 0), at(2019, 6, 4, 11, 30))]),
  s('email', '2021-02-10', 'Ma heeft gisteren gebeld over de brief van de Belastingdienst.', ['gisteren', day(2021, 2, 9)]),
  s('email', '2020-11-10', 'Kun je de nota van 3/11 nog even checken?', ['3/11', day(2020, 11, 3)]),
  s('email', '2019-06-20', 'De deadline is 1 juli a.s.', ['1 juli a.s.', day(2019, 7, 1)]),
  s('email', '2019-12-20', 'Graag ontvang ik uw reactie vóór 15 januari.', ['vóór 15 januari', before(day(2020, 1, 15))]),
  s('email', '2022-06-20', 'Ik ben in week 32 en 33 op vakantie.', ['week 32', week(2022, 32)], ['33', week(2022, 33)]),
  s('email', '2019-10-02', 'Hierbij de stukken voor het overleg van morgen om 9.30 uur.', ['morgen om 9.30 uur', at(2019, 10, 3, 9, 30)]),
  s('email', '2019-11-05', 'Het bericht is verzonden op 2019-11-05 om 08:15.', ['2019-11-05 om 08:15', at(2019, 11, 5, 8, 15)]),
  s('email', '2021-03-20', 'Op de 12e jl. ontving ik uw brief.', ['12e jl.', day(2021, 2, 12)]),
  s('email', '2019-05-13', 'Het verslag van vrijdag 9 mei 2019 is onvolledig.', ['vrijdag 9 mei 2019', day(2019, 5, 9)]),
  s('email', '2020-01-10', 'De brief is gedateerd 5 december.', ['5 december', day(2019, 12, 5)]),
  s('email', '2019-03-01', 'Het overleg is op dinsdag 5 maart 2019 van 14.00 tot 16.00 uur.', ['dinsdag 5 maart 2019 van 14.00 tot 16.00 uur', range(at(2019, 3, 5, 14, 0), at(2019, 3, 5, 16, 0))]),
  s('email', '2019-10-20', 'De brief is verzonden op 15/10/2019.', ['15/10/2019', day(2019, 10, 15)]),
  s('email', '2021-05-04', 'Het verzoek is op 3-5-2021 ingediend.', ['3-5-2021', day(2021, 5, 3)]),
  s('email', '2019-12-01', 'Van 15 december tot en met 10 januari is het kantoor gesloten.', ['15 december tot en met 10 januari', range(day(2019, 12, 15), day(2020, 1, 10))]),
  s('email', '2020-09-08', 'Ik stuur je de stukken uiterlijk vrijdag 11 september.', ['uiterlijk vrijdag 11 september', before(day(2020, 9, 11), true)]),
  s('email', '2019-02-14', 'Het MT bespreekt dit op 19 februari, daarna gaat het naar de DG.', ['19 februari', day(2019, 2, 19)]),
  s('email', '2020-04-02', 'Verzonden: woensdag 1 april 2020 23:59:12', ['woensdag 1 april 2020 23:59:12', { kind: 'datetime', year: 2020, month: 4, day: 1, hour: 23, minute: 59, second: 12 }]),
  s('email', '2022-01-17', 'Datum: 17 januari 2022 om 11:45:30 CET', ['17 januari 2022 om 11:45:30 CET', { kind: 'datetime', year: 2022, month: 1, day: 17, hour: 11, minute: 45, second: 30 }]),

  // --- inspection reports, annual plans ---------------------------------------
  s('inspectie', '2020-04-01', 'De inspectie bezocht de locatie op 2 t/m 6 maart 2020 en sprak met 14 medewerkers.', ['2 t/m 6 maart 2020', range(day(2020, 3, 2), day(2020, 3, 6))]),
  s('inspectie', '2022-02-01', 'In het najaar van 2021 voerde de inspectie een vervolgonderzoek uit.', ['najaar van 2021', season(2021, 'autumn')]),
  s('inspectie', '2022-05-01', 'In de periode januari tot en met maart 2022 zijn 312 meldingen ontvangen.', ['januari tot en met maart 2022', range(month(2022, 1), month(2022, 3))]),
  s('inspectie', '2022-01-10', 'De inspectie constateerde in Q3 2021 dat de wachttijden opliepen.', ['Q3 2021', quarter(2021, 3)]),
  s('inspectie', '2020-03-01', 'Tijdens het onderzoek (16-20 december 2019) zijn 40 dossiers ingezien.', ['16-20 december 2019', range(day(2019, 12, 16), day(2019, 12, 20))]),
  s('inspectie', '2021-12-01', 'Het rapport is op 11 november 2021 vastgesteld en op 25 november 2021 gepubliceerd.', ['11 november 2021', day(2021, 11, 11)], ['25 november 2021', day(2021, 11, 25)]),
  s('inspectie', '2021-06-01', 'Sinds het voorjaar van 2020 is het aantal meldingen verdubbeld.', ['Sinds het voorjaar van 2020', after(season(2020, 'spring'), true)]),
  s('inspectie', '2020-06-01', 'Het aantal inspecties daalde van 1.205 in 2018 naar 987 in 2019.', ['2018', year(2018)], ['2019', year(2019)]),
  s('inspectie', '2020-06-01', 'In 2019 werden 2019 klachten ingediend.', ['2019', year(2019)]),
  s('inspectie', '2022-03-01', 'Het verbetertraject loopt tot eind 2022; de eerste tussenrapportage volgt in week 16.', ['tot eind 2022', before(part('end', 2022))], ['week 16', week(2022, 16)]),
  s('inspectie', '2019-06-01', 'De instelling heeft sinds 1 januari 2019 een nieuwe raad van bestuur.', ['sinds 1 januari 2019', after(day(2019, 1, 1), true)]),
  s('inspectie', '2019-06-01', 'In de winter van 2018 op 2019 vielen veel lessen uit.', ['winter van 2018 op 2019', season(2019, 'winter')]),
  s('inspectie', '2023-01-15', 'De herbeoordeling vond plaats in de zomer van 2022.', ['zomer van 2022', season(2022, 'summer')]),
  s('inspectie', '2022-06-01', 'Ongeveer 30 procent van de instellingen voldeed in 2021 niet aan de norm.', ['2021', year(2021)]),
  s('inspectie', '2023-01-15', 'Het toezichtsplan 2023-2026 is vastgesteld op 14 december 2022.', ['14 december 2022', day(2022, 12, 14)]),
  s('inspectie', '2021-03-01', 'Uit de steekproef over het eerste halfjaar van 2020 bleek dat de termijnen werden overschreden.', ['eerste halfjaar van 2020', half(2020, 1)]),
  s('inspectie', '2021-09-01', 'Het bestuur is in mei 2021 afgetreden; medio juni is een interim-bestuurder benoemd.', ['mei 2021', month(2021, 5)], ['medio juni', part('mid', 2021, 6)]),
  s('inspectie', '2023-11-01', 'De peildatum voor de cijfers is 1 oktober 2023.', ['1 oktober 2023', day(2023, 10, 1)]),
  s('inspectie', '2020-04-15', 'Tussen 1 en 15 maart 2020 zijn de vestigingen bezocht.', ['Tussen 1 en 15 maart 2020', range(day(2020, 3, 1), day(2020, 3, 15))]),
  s('inspectie', '2023-12-01', 'Het jaarverslag over 2022 verscheen pas in het najaar.', ['2022', year(2022)], ['najaar', season(2023, 'autumn')]),
  s('inspectie', '2023-09-01', 'In de eerste helft van het jaar werden 1.250 meldingen gedaan.', ['eerste helft van het jaar', half(2023, 1)]),
  s('inspectie', '2019-07-01', 'De gesprekken vonden plaats op 3, 4 en 5 juni 2019.', ['3', day(2019, 6, 3)], ['4', day(2019, 6, 4)], ['5 juni 2019', day(2019, 6, 5)]),
  s('inspectie', '2022-01-01', 'Het plan is begin 2020 opgesteld en eind 2021 geëvalueerd.', ['begin 2020', part('begin', 2020)], ['eind 2021', part('end', 2021)]),
  s('inspectie', '2020-01-01', 'De nota dateert van 05.12.2019.', ['05.12.2019', day(2019, 12, 5)]),
  s('inspectie', '2020-05-01', 'De stukken zijn in week 12 van 2020 verzonden.', ['week 12 van 2020', week(2020, 12)]),
  s('inspectie', '2023-01-10', 'De aanbesteding loopt van medio januari tot eind februari 2023.', ['medio januari tot eind februari 2023', range(part('mid', 2023, 1), part('end', 2023, 2))]),
  s('inspectie', '2021-06-01', 'Op 1 april 2020 en op 1 april 2021 is de regeling geëvalueerd.', ['1 april 2020', day(2020, 4, 1)], ['1 april 2021', day(2021, 4, 1)]),
  s('inspectie', '2020-03-01', 'De klachten uit de periode 15 december 2019 tot 10 januari 2020 zijn apart behandeld.', ['15 december 2019 tot 10 januari 2020', range(day(2019, 12, 15), day(2020, 1, 10))]),
  s('inspectie', '2018-01-01', 'Het ministerie ontving het signaal omstreeks 2014.', ['omstreeks 2014', approx(year(2014))]),
  s('inspectie', '2022-06-01', 'Het besluit is genomen na 1 maart 2022.', ['na 1 maart 2022', after(day(2022, 3, 1))]),
  s('inspectie', '2021-01-01', 'Het eerste signaal dateert van ca. 5 december 2019.', ['ca. 5 december 2019', approx(day(2019, 12, 5))]),
  s('inspectie', '2023-01-01', 'Kwartaalrapportage Q4 2022', ['Q4 2022', quarter(2022, 4)]),
  s('inspectie', '2021-09-01', 'De herbeoordeling is afgerond in 2021-Q2.', ['2021-Q2', quarter(2021, 2)]),
  s('inspectie', '2021-01-01', 'Halverwege 2020 bleek dat de planning niet haalbaar was.', ['Halverwege 2020', part('mid', 2020)]),
  s('inspectie', '2022-03-01', 'Ultimo 2021 waren 1.200 zaken nog niet afgehandeld.', ['Ultimo 2021', part('end', 2021)]),
  s('inspectie', '2020-03-10', 'Op 29 februari 2020 vond een extra overleg plaats.', ['29 februari 2020', day(2020, 2, 29)]),
  s('inspectie', '2016-01-10', 'Van 2015 tot 2019 was hij directeur van de instelling.', ['2015 tot 2019', range(year(2015), year(2019))]),
  s('inspectie', '2019-06-01', 'In de jaren 2016, 2017 en 2018 is niet gecontroleerd.', ['2016', year(2016)], ['2017', year(2017)], ['2018', year(2018)]),
  s('inspectie', '2024-01-05', 'De termijn verstreek op 31 december 2023 om 23.59 uur.', ['31 december 2023 om 23.59 uur', at(2023, 12, 31, 23, 59)]),
  s('inspectie', '1971-01-01', 'Op 1 januari 1970 is de wet ingevoerd.', ['1 januari 1970', day(1970, 1, 1)]),
  s('inspectie', '2022-09-01', 'De inspectie heeft in juni en juli 2022 22 locaties bezocht.', ['juni', month(2022, 6)], ['juli 2022', month(2022, 7)]),
  s('inspectie', '2024-01-10', 'Voorjaar 2024 publiceren we ons tweede in-control-statement.', ['Voorjaar 2024', season(2024, 'spring')]),
  s('inspectie', '2024-01-10', 'Uit de situatie kort na het arrest van december 2022 is gebleken dat de aanpak niet werkte.', ['december 2022', month(2022, 12)]),
  s('inspectie', '2024-01-10', 'De cijfers zijn bijgewerkt tot en met de peildatum november 2023.', ['november 2023', month(2023, 11)]),
  s('inspectie', '2024-01-10', 'Mei 2024: publicatie van het ICS 2023, inclusief de nieuwe onvolkomenheden.', ['Mei 2024', month(2024, 5)]),

  // --- the essay ----------------------------------------------------------------
  s('essay', '2021-06-01', 'Zo begon de Nationale Ombudsman vijf jaar geleden een onderzoek naar de situatie van vrouwen in de opvang.', ['vijf jaar geleden', year(2016)]),
  s('essay', '2022-06-01', 'De Nationale Ombudsman kreeg in 2016 dringende signalen vanuit de hulpverlening.', ['2016', year(2016)]),
  s('essay', '2022-06-01', 'De Nationale Ombudsman kwam in 2017 met oplossingsrichtingen voor verbetering.', ['2017', year(2017)]),
  s('essay', '2022-06-01', 'Daarom startte de Ombudsman eind 2018 een vervolgonderzoek.', ['eind 2018', part('end', 2018)]),
  s('essay', '2022-06-01', 'Bij de publicatie van het tweede rapport in 2019 hebben de betrokken partijen voor verbeteringen gezorgd.', ['2019', year(2019)]),
  s('essay', '2022-06-01', 'Zo had de directeur-generaal bij de gedwongen overname van Toeslagen door de Belastingdienst in 2005 bezwaar gemaakt.', ['2005', year(2005)]),
  s('essay', '2022-06-01', 'Zo kan de btw-verlaging op groente en fruit niet voor 2026 ingaan.', ['2026', year(2026)]),
  s('essay', '2022-06-01', "Het waren ambtenaren die bij de Belastingdienst rond 5 december een e-mail verstuurden over 'afpakjesdag'.", ['rond 5 december', approx(day(2021, 12, 5))]),
  s('essay', '2022-06-01', 'Rutger Bregman en Jesse Frederik in gesprek met Herman Tjeenk Willink. De Correspondent, 10 september 2021.', ['10 september 2021', day(2021, 9, 10)]),
  s('essay', '2022-06-01', 'Dekkers, M. (2022). Ruimte voor uitvoering vraagt om krachtige kaders. Platform Overheid, februari 2022.', ['februari 2022', month(2022, 2)]),
  s('essay', '2022-06-01', 'Het kabinet-Rutte III trad op 15 januari 2021 af vanwege de Toeslagenaffaire.', ['15 januari 2021', day(2021, 1, 15)]),
  s('essay', '2022-06-01', 'Pas na herhaald aandringen van de Nationale Ombudsman is het nieuwe kabinet in 2022 bereid de termijn in te korten.', ['2022', year(2022)]),
  s('essay', '2022-06-01', 'In de zomer van 2021 sprak de toezichthouder zich publiekelijk uit over de veiligheid in Groningen.', ['zomer van 2021', season(2021, 'summer')]),
  s('essay', '2022-06-01', 'Bij de formatie van 2021 werden de notulen over een functie elders openbaar.', ['2021', year(2021)]),

  // --- traps: no date -------------------------------------------------------
  s('trap', '2021-06-01', 'Het zaaknummer is 2021-1906 en het kenmerk 12-03-02.'),
  s('trap', '2021-06-01', 'Op grond van artikel 5.1.2 en artikel 10.2.e Wob is informatie weggelakt.'),
  s('trap', '2021-06-01', 'Op grond van artikel 5.1, tweede lid, onder e, van de Woo maak ik de persoonsgegevens niet openbaar.'),
  s('trap', '2021-06-01', 'Graag zo spoedig mogelijk reageren; zo nodig bellen.'),
  s('trap', '2021-06-01', 'Het bedrag van € 2.019,50 is op rekening NL12 INGB 0001 2345 67 gestort.'),
  s('trap', '2021-06-01', 'Bel het secretariaat op 070-3456789 of 06-12345678.'),
  s('trap', '2021-06-01', 'Mevrouw Mei Li van de afdeling Toeslagen was bij het overleg aanwezig.'),
  s('trap', '2021-06-01', 'Ma en pa hebben de brief samen gelezen.'),
  s('trap', '2021-06-01', 'Zie Kamerstukken II 35 510, nr. 2, p. 14.'),
  s('trap', '2021-06-01', 'In 2016 gevallen is de kinderopvangtoeslag volledig teruggevorderd.'),
  s('trap', '2021-06-01', 'Per week 12 meldingen is voor dit team te veel.'),
  s('trap', '2021-06-01', 'De vergadering vond plaats op 31 februari 2020.'),
  s('trap', '2021-06-01', 'Op 29 februari 2021 vond het overleg plaats.'),
  s('trap', '2021-06-01', 'Het overleg is verplaatst naar 31 april.'),
  s('trap', '2021-06-01', 'In hoofdstuk 3.4.1 en paragraaf 12.3 wordt dit toegelicht.'),
  s('trap', '2021-06-01', 'Vandaag de dag werkt de Belastingdienst nog met verouderde systemen.'),
  s('trap', '2021-06-01', "Het document telt 1.000 pagina's en 2500 voetnoten."),
  s('trap', '2021-06-01', 'De rente is bepaald op 2% (Staatsblad 2020, 118).'),
  s('trap', '2021-06-01', 'Versie 2.0 van het protocol vervangt versie 1.3.'),
  s('trap', '2021-06-01', 'Het ECLI-nummer is ECLI:NL:RVS:2021:1906.'),
  s('trap', '2021-06-01', 'Zie ISO 9001:2015 en NEN 7510.'),
  s('trap', '2021-06-01', 'Retouradres Postbus 20901, 2500 EX Den Haag'),
  s('trap', '2021-06-01', 'Het dossier bevat 12 mails, 3 memo’s en 29 notities.'),
  s('trap', '2021-06-01', 'Op de morgen van het debat bespraken Jan de Vries en Mei Chen de stukken.'),
  s('trap', '2021-06-01', 'Zo 5 minuten later belde hij terug.'),
  s('trap', '2021-06-01', 'Team 5 Jan Jansen, team 6 Piet Pietersen.'),
  s('trap', '2021-06-01', 'Het telefoonnummer 0800-0543 is gratis.'),
  s('trap', '2021-06-01', 'De regeling geldt voor 2 tot 4 kinderen per gezin.'),
  s('trap', '2021-06-01', 'Halverwege de vergadering vertrok de minister.'),
  s('trap', '2021-06-01', 'Begin maar vast met lezen; het einde van hoofdstuk 4 is lastig.'),
  s('trap', '2021-06-01', 'Minister-president (2021). Kabinetsreactie rapport Ongekend onrecht. Kamerstukken 35510, 4, p. 24.'),
  s('trap', '2021-06-01', 'Steijn, B., & Leisink, P. (2009). Bestuurswetenschappen, 63(1), 10-28.'),
  s('trap', '2021-06-01', 'Het inventarisnummer is IENW/BSK-2025/293508, kenmerk 2025-54.'),
  s('trap', '2021-06-01', 'Het rapport (2021) bevat twaalf aanbevelingen.'),
  s('trap', '2021-06-01', 'De inspectie heeft ca. 150 dossiers bekeken.'),
  s('trap', '2021-06-01', 'Tussen 12 en 14 uur is het loket gesloten.'),
  s('trap', '2021-06-01', 'Het loket is open ma t/m vr 9.00-17.00 uur.'),
  s('trap', '2021-06-01', 'Het dossier ID 963539 bevat de bijlagen 6a en 4.'),
  s('trap', '2021-06-01', 'In de zomer is het rustig op de afdeling, zo blijkt uit de roosters.'),
  s('trap', '2021-06-01', 'De tweede helft van de vergadering ging over de begroting.'),
  s('trap', '2021-06-01', 'Wij hebben 1,5 miljoen euro en 2019 dossiers vrijgemaakt voor de herbeoordeling.'),
];
