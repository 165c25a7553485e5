"""Deutsche Chat-Vorlagen (Gesundheitswesen).  (id, erlaubte Locales oder None, Vorlage)."""

T = [
    ("chat.hc_de01", None,
     "Sehr geehrte{pat.g:r Herr| Frau} {pat.last},\n\nhiermit bestätigen wir Ihren Termin in der "
     "{w:Diabetessprechstunde|Gedächtnissprechstunde|Rheumaambulanz} bei Dr. {doc.last} am {n.date} um {n.time} Uhr. "
     "Bei Verhinderung erreichen Sie uns unter {orgphone} (Terminnummer {n.order:appt}).\n\nMit freundlichen Grüßen\n{doc2}"),
    ("chat.hc_de02", None,
     "Überweisung erstellt: {pat}, geb. {pat.dob}, Patientennummer {pat.mrn}, an {w:Neurologie|Kardiologie|Gastroenterologie}. "
     "Verdacht auf {n.tc:disease}. Aktuelle Medikation: {n.dose} {freq}. Überweisende Ärztin/Arzt: {doc}, {doc.email}."),
    ("chat.hc_de03", None,
     "Laborbefund für {pat} (Pat.-Nr. {pat.mrn}), Abnahme am {n.date}:\n- {n.lab}\n- {n.lab#2}\n- {n.lab#3}\n"
     "Auftragsnummer {n.order:accession}. Befund von Dr. {doc.last} vidiert, keine Konsequenz."),
    ("chat.hc_de04", None,
     "{pat} wurde am {n.date} nach Behandlung einer Pneumonie (ICD-10-GM {n.num:icd}, OPS {n.num:ops}) in die "
     "Häuslichkeit entlassen. Anschrift: {pat.addr}. Angehörige{rel.g:r|} {rel}, Tel. {rel.phone}."),
    ("chat.hc_de05", None,
     "Text für das Apothekenetikett:\n```\n{w:Linden-Apotheke|Apotheke am Markt|Stern-Apotheke}  Tel. {orgphone}\n{pat.full}\n"
     "{n.dose} Filmtabletten, PZN {n.num:pzn}\nDosierung: {freq}\nAbgabe {n.date}, {n.order:rx}\nVerordnet von Dr. {doc}\n```"),
    ("chat.hc_de06", None,
     "Impfung dokumentiert: {pat} (geb. {pat.dob}) erhielt am {n.date} {vaccine}, Ch.-B. {n.order:lot}, i.m. linker "
     "Oberarm, durch {nurse}. Nächste Impfung fällig am {n.date#2}."),
    ("chat.hc_de07", None,
     "Bewohnerstammblatt\nName: {pat}\nZimmer: {n:1-60}\nGeburtsdatum: {pat.dob}\nBezugsperson: {rel}, {rel.mobile}\n"
     "Hausarzt: Dr. {doc.last}\nPflegegrad 3, {n.tc:scale} {n:8-20} Punkte"),
    ("chat.hc_de08", None,
     "Einsatzprotokoll ambulanter Pflegedienst, {n.date}\n- {n.time} Uhr {carer.first} vor Ort, {pat.first} bereits wach.\n"
     "- Medikamentengabe: {n.dose}.\n- {n.time#2} Uhr Einsatz beendet.\nEinsatzadresse: {pat.addr}"),
    ("chat.hc_de09", None,
     "Erstattungsantrag {n.order:claim} für {pat} (geb. {pat.dob}) wurde bewilligt. Die Krankenkasse (IK {n.num:ik}) "
     "überweist {n.money} auf das Konto {pat.iban}."),
    ("chat.hc_de10", None,
     "Screening-Protokoll {n.order:subject}: Proband geb. {pat.dob}, {n.lab}, Einschlusskriterien erfüllt. "
     "Aufklärung durch {coord} ({coord.email}) am {n.date}."),
    ("chat.hc_de11", None,
     "Zahnarzt-Recall für {pat} (geb. {pat.dob}): Krone Zahn 36 am {n.date} um {n.time} Uhr. Anzahlung {n.money} "
     "per Karte {pat.card} erhalten."),
    ("chat.hc_de12", None,
     "Patient: {n.pet} ({species}), Halter{owner.g:|in} {owner}, Tel. {owner.phone}. Impfung am {n.date}, "
     "Rechnung {n.order:invoice} über {n.money} per Karte {owner.card} bezahlt."),
    ("chat.hc_de13", None,
     "Verlauf der Videosprechstunde:\n[{n.time}] Dr. {doc.last}: Guten Tag, {pat.g:Herr|Frau} {pat.last}, nennen Sie mir "
     "bitte Ihr Geburtsdatum.\n[{n.time#2}] {pat.full}: {pat.dob}\n[{n.time#3}] Dr. {doc.last}: Unter welcher Nummer "
     "erreichen wir Sie?\n[{n.time#4}] {pat.full}: {pat.mobile}"),
    ("chat.hc_de14", None,
     "Nachricht über das Patientenportal von {pat}: „Ich bin umgezogen, neue Adresse {pat.addr}. Bitte auch die "
     "E-Mail auf {pat.email} ändern.“ Zugriff von {ip4} um {n.ts}."),
    ("chat.hc_de15", None,
     "Anforderung Radiologie: MRT Knie rechts für {pat} ({pat.dob}), Pat.-Nr. {pat.mrn}. Fragestellung: Meniskusläsion. "
     "{n.lab}. Anfordernd: Dr. {doc}, {doc.phone}. Untersuchungsnummer {n.order:accession}."),
    ("chat.hc_de16", None,
     "Die Konfiguration des Kommunikationsservers enthält das Passwort im Klartext: "
     "`jdbc:postgresql://kis_user:{key:db_password}@{ip4}:5432/kis`. Bitte sofort ändern."),
    ("chat.hc_de17", None,
     "Zugriffswarnung: {nurse.email} hat die Akte {pat.mrn} am {n.ts} von {ip6} aus geöffnet, ohne Behandlungskontext."),
    ("chat.hc_de18", None,
     "Arbeitsunfähigkeitsbescheinigung für {pat}, {pat.addr}: arbeitsunfähig vom {n.date} bis {n.date#2}, "
     "Diagnose {n.num:icd}."),
    ("chat.hc_de19", None,
     "Heimkosten für {pat}: Lastschrift vom Konto {rel.iban} (Kontoinhaber{rel.g:|in} {rel}), "
     "Mandatsreferenz {n.order:ticket}, erste Abbuchung {n.date}."),
    ("chat.hc_de20", None,
     "Privatrechnung {n.order:invoice} (GOÄ) über {n.money} für {pat}, zahlbar bis {n.date} auf {iban}."),
    ("chat.hc_de21", None,
     "Sendungsnummer {n.card} für die Medikamentenlieferung an {pat}, {pat.addr}. Zustellung bis {n.time} Uhr."),
    ("chat.hc_de22", None,
     "Im Quellcode der Online-Terminbuchung steht der Live-Schlüssel `{key:stripe}`. Bitte widerrufen und "
     "Version {n.ver:0} neu ausrollen."),
    ("chat.hc_de23", None,
     "Die Tourenplanung des Pflegedienstes nutzt den Schlüssel {key:google_api} ohne Einschränkung - bitte "
     "auf die App begrenzen."),
    ("chat.hc_de24", None,
     "Zahlung für die Zahnreinigung von {pat}: {n.money} per Karte {pat.card}, Beleg {n.order:invoice}."),
]

HEADINGS = ["## Zusammenfassung", "### Notiz", "**Entwurf**", "## Auszug aus der Akte"]
