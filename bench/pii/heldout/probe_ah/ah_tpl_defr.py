"""German and French text templates for probe AH."""


def _de_csv(rng):
    sep = rng.choice([";", "\t"])
    rows = [sep.join([f"⟨PLF:m{i}⟩", f"⟨DOB⟩", f"⟨STREET⟩", f"⟨CITYI⟩", f"⟨IBANDE⟩"]) for i in range(rng.randint(2, 5))]
    return ("Export aus dem Mitgliederverzeichnis (Trennzeichen „" + ("Tab" if sep == "\t" else ";") + "“):\n\n"
            + sep.join(["Name", "Geburtsdatum", "Straße", "Ort", "IBAN"]) + "\n" + "\n".join(rows) + "\n\nStand: ⟨TS⟩")


def _fr_csv(rng):
    rows = [f"⟨PUP:a{i}⟩;⟨WEMAIL:a{i}⟩;⟨PHONE⟩;⟨DATE⟩" for i in range(rng.randint(2, 6))]
    return "Voici l'extraction des inscrits (CSV, séparateur point-virgule) :\n\nnom;courriel;téléphone;date_inscription\n" + "\n".join(rows) + "\n\nFichier ⟨HASH⟩."


def _de_ics(rng):
    att = "\n".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"⟨PLF:t{i}⟩\":mailto:⟨WEMAIL:t{i}⟩" for i in range(rng.randint(1, 4)))
    return ("BEGIN:VEVENT\nUID:⟨UUID⟩\nDTSTART;TZID=Europe/Berlin:⟨ICSDT⟩\nSUMMARY:Abstimmung Haushaltsentwurf\n"
            "ORGANIZER;CN=⟨PNAT:o⟩:mailto:⟨WEMAIL:o⟩\n" + att + "\nLOCATION:⟨ROOM⟩\nDESCRIPTION:Rückfragen an ⟨PNAT:o⟩ unter ⟨PHONE⟩.\nEND:VEVENT")


def _fr_ics(rng):
    att = "\n".join(f"ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=⟨PNAT:p{i}⟩:mailto:⟨EMAIL:p{i}⟩" for i in range(rng.randint(2, 4)))
    return ("BEGIN:VEVENT\nUID:⟨UUID⟩\nDTSTART:⟨ICSDT⟩Z\nSUMMARY:Conseil syndical — ordre du jour\nORGANIZER;CN=⟨PNAT:o⟩:mailto:⟨EMAIL:o⟩\n"
            + att + "\nLOCATION:⟨ROOM⟩\nEND:VEVENT")


DE = {
    "de.mail_headers": (
        "Von: \"⟨PNAT:a⟩\" <⟨WEMAIL:a⟩>\nAn: ⟨PNAT:b⟩ <⟨EMAIL:b⟩>\nCc: ⟨WEMAIL:c⟩\nBetreff: AW: Ihr Antrag ⟨CASE⟩\nDatum: ⟨TS⟩\n\n"
        "Sehr geehrte/r ⟨PNAT:b⟩,\n⟨SENT⟩\n\nMit freundlichen Grüßen\n⟨PNAT:a⟩\n⟨DEPT⟩ · ⟨COMPANY⟩\nTel. ⟨PHONE⟩"),
    "de.mail_signatur": (
        "Danke für die schnelle Rückmeldung!\n\n-- \n⟨PNAT:s⟩\n⟨JOB⟩\n⟨COMPANY⟩\n⟨ADDRNL⟩\nTelefon: ⟨PHONE⟩\nMobil: ⟨MOBILE⟩\nE-Mail: ⟨WEMAIL:s⟩"),
    "de.ics": _de_ics,
    "de.protokoll": (
        "Protokoll vom ⟨DATE⟩\nAnwesend: ⟨PNAT:a⟩, ⟨PNAT:b⟩, ⟨PLF:c⟩\nTOP 1: ⟨SENT⟩\nTOP 2: ⟨FIRST:a⟩ schickt die Unterlagen an ⟨WEMAIL:b⟩.\n"
        "Nächster Termin: ⟨DATE⟩, ⟨TIME⟩ Uhr, ⟨ROOM⟩."),
    "de.kommentar": "Kommentar von ⟨PNAT:a⟩ (⟨TS⟩): Bitte die Bankverbindung ⟨IBANDE⟩ von ⟨PNAT:b⟩ prüfen, Vorgang ⟨CASE⟩. Dokument-ID ⟨UUID⟩.",
    "de.csv": _de_csv,
    "de.buergergeld": (
        "Bescheid über Bürgergeld — Aktenzeichen ⟨CASE⟩\nAntragsteller/in: ⟨PERSON:a⟩, geb. am ⟨DOB⟩\nAnschrift: ⟨ADDR⟩\n"
        "Auszahlung auf Konto ⟨IBANDE⟩. Bei Fragen: ⟨PNAT:s⟩, ⟨WEMAIL:s⟩, Tel. ⟨PHONE⟩."),
    "de.aufenthaltstitel": (
        "Ihr Termin bei der Ausländerbehörde\nName: ⟨PUP:a⟩\nGeburtsdatum: ⟨DOB⟩\nTermin: ⟨DATE⟩ um ⟨TIME⟩ Uhr, Vorgangsnummer ⟨ORDER⟩.\n"
        "Bitte bringen Sie eine Meldebescheinigung (⟨ADDR⟩) mit."),
    "de.finanzamt": (
        "Finanzamt — Schreiben vom ⟨DATE⟩\nSteuerpflichtige/r: ⟨PERSON:t⟩, ⟨ADDR⟩\nErstattung von ⟨AMOUNT⟩ auf ⟨IBAN⟩. Steuerbescheid-Nr. ⟨ORDER⟩."),
    "de.ladung": (
        "Ladung zum Termin\nIn dem Rechtsstreit ⟨PNAT:k⟩ ./. ⟨PNAT:b⟩, Az. ⟨CASE⟩, wird Termin bestimmt auf den ⟨DATE⟩, ⟨TIME⟩ Uhr. "
        "Prozessbevollmächtigte: RAin ⟨PNAT:r⟩, ⟨WEMAIL:r⟩."),
    "de.bussgeld": (
        "Anhörung im Bußgeldverfahren ⟨CASE⟩: Fahrzeughalter ⟨PERSON:h⟩, geboren ⟨DOB⟩, wohnhaft ⟨ADDR⟩. Verwarngeld ⟨AMOUNT⟩."),
    "de.anmeldung": (
        "Meldebestätigung: ⟨PERSON:p⟩ ist seit ⟨DATE⟩ unter ⟨ADDR⟩ gemeldet. Kontakt für Rückfragen: ⟨EMAIL:p⟩ / ⟨MOBILE⟩. Ticket ⟨ORDER⟩."),
    "de.notar": (
        "Sehr geehrte Frau ⟨LAST:k⟩,\nanbei der Entwurf des Kaufvertrags über die Eigentumswohnung ⟨ADDR⟩. Beurkundung am ⟨DATE⟩. "
        "Den Kaufpreis überweisen Sie bitte auf das Anderkonto ⟨IBANDE⟩.\nNotariat ⟨PNAT:n⟩ · ⟨WEMAIL:n⟩ · ⟨PHONE⟩"),
    "de.hr_portal": (
        "Personalportal — Stammdaten (Export ⟨TS⟩)\nMitarbeiter/in: ⟨PERSON:m⟩\nPersonalnummer: ⟨ORDER⟩\nGeburtsdatum: ⟨DOB⟩\n"
        "Privatanschrift: ⟨ADDR⟩\nPrivat-Mail: ⟨EMAIL:m⟩\nGehaltskonto: ⟨IBANDE⟩"),
    "de.zugangsdaten": (
        "Hallo ⟨FIRST:u⟩, dein Zugang zum Terminportal: Benutzer ⟨WEMAIL:u⟩, Initialpasswort ⟨PWD⟩. Der API-Schlüssel für die Schnittstelle lautet ⟨KEY⟩."),
    "de.ticket": (
        "Störungsmeldung ⟨CASE⟩: ⟨PNAT:r⟩ (⟨PHONE⟩) kann das Postfach ⟨ROLEMAIL⟩ nicht öffnen. Client-IP ⟨IP4⟩, Outlook-Version ⟨VER⟩."),
    "de.agent_kontakte": (
        "Ich habe im Adressbuch gefunden:\n• ⟨PNAT:a⟩ – ⟨WEMAIL:a⟩ – ⟨PHONE⟩\n• ⟨PNAT:b⟩ – ⟨EMAIL:b⟩ – ⟨MOBILE⟩\nSoll ich beiden die Einladung für ⟨DATE⟩ schicken?"),
    "de.praxis": "Praxisverwaltung: Patient ⟨PNAT:p⟩, geb. ⟨DOB⟩, Patienten-Nr. ⟨MRN⟩, Rückruf unter ⟨PHONE⟩. Überweisung ⟨ORDER⟩.",
    "de.kita": "Anmeldung Kita-Platz: Kind ⟨PNAT:k⟩ (geb. ⟨DOB⟩), Erziehungsberechtigte ⟨PNAT:e⟩, ⟨ADDR⟩, ⟨EMAIL:e⟩. Wartelistenplatz ⟨INT⟩.",
}

FR = {
    "fr.mail_entetes": (
        "De : ⟨PNAT:a⟩ <⟨WEMAIL:a⟩>\nÀ : ⟨PNAT:b⟩ <⟨EMAIL:b⟩>\nCc : « ⟨PUP:c⟩ » <⟨WEMAIL:c⟩>\nObjet : RE: dossier ⟨CASE⟩\nDate : ⟨TS⟩\n\n"
        "Bonjour ⟨FIRST:b⟩,\n⟨SENT⟩\n\nCordialement,\n⟨PNAT:a⟩\n⟨JOB⟩ — ⟨COMPANY⟩\nTél. : ⟨PHONE⟩"),
    "fr.signature": "Merci pour votre retour.\n\n--\n⟨PNAT:s⟩\n⟨DEPT⟩\n⟨ADDRNL⟩\nLigne directe : ⟨PHONE⟩ · Portable : ⟨MOBILE⟩\n⟨WEMAIL:s⟩",
    "fr.ics": _fr_ics,
    "fr.compte_rendu": (
        "Compte rendu de la réunion du ⟨DATE⟩\nPrésents : ⟨PNAT:a⟩, ⟨PNAT:b⟩, ⟨PUP:c⟩\n- ⟨FIRST:a⟩ transmet le devis à ⟨WEMAIL:b⟩\n"
        "- Le serveur ⟨IP4⟩ sera migré vers la version ⟨VER⟩\nProchaine réunion : ⟨ROOM⟩, ⟨TIME⟩."),
    "fr.commentaire": "Commentaire de ⟨PNAT:a⟩ le ⟨DATE⟩ : « Merci de remplacer l'IBAN par ⟨IBANFR⟩ et de notifier ⟨EMAIL:b⟩. » (réf. ⟨UUID⟩)",
    "fr.csv": _fr_csv,
    "fr.caf": (
        "Caisse d'allocations familiales — dossier ⟨CASE⟩\nAllocataire : ⟨PUP:a⟩, né(e) le ⟨DOB⟩\nAdresse : ⟨ADDR⟩\n"
        "Versement sur le compte ⟨IBANFR⟩. Pour toute question : ⟨PHONE⟩."),
    "fr.titre_sejour": (
        "Préfecture — demande de titre de séjour\nDemandeur : ⟨PERSON:d⟩\nDate de naissance : ⟨DOB⟩\nRendez-vous le ⟨DATE⟩ à ⟨TIME⟩, numéro ⟨ORDER⟩.\n"
        "Courriel de contact : ⟨EMAIL:d⟩"),
    "fr.impots": (
        "Avis de situation déclarative — ⟨PERSON:c⟩, ⟨ADDR⟩. Remboursement de ⟨AMOUNT⟩ sur ⟨IBANFR⟩. Référence de l'avis : ⟨ORDER⟩."),
    "fr.convocation": (
        "CONVOCATION — Tribunal judiciaire, ⟨CASE⟩\n⟨PUP:p⟩, demeurant ⟨ADDR⟩, est convoqué(e) le ⟨DATE⟩ à ⟨TIME⟩. Avocat : Me ⟨PNAT:a⟩ (⟨WEMAIL:a⟩)."),
    "fr.amende": "Avis de contravention n° ⟨ORDER⟩ : titulaire du certificat ⟨PNAT:t⟩, ⟨ADDR⟩. Montant ⟨AMOUNT⟩, paiement par carte ⟨CARD⟩ refusé le ⟨DATE⟩.",
    "fr.etat_civil": (
        "Demande d'acte de naissance\nNom : ⟨LAST:p⟩   Prénom : ⟨FIRST:p⟩\nNé(e) le : ⟨DOB⟩\nAdresse d'envoi : ⟨ADDR⟩\nTéléphone : ⟨PHONE⟩\nDemande ⟨CASE⟩"),
    "fr.notaire": (
        "Maître ⟨PNAT:n⟩, notaire\nObjet : succession de ⟨PNAT:d⟩, décédé(e)\nMadame, Monsieur ⟨LAST:h⟩, je vous remercie de me faire parvenir votre RIB (⟨IBANFR⟩ reçu ce jour) "
        "ainsi qu'une copie de votre pièce d'identité. ⟨WEMAIL:n⟩ — ⟨PHONE⟩"),
    "fr.rh_export": (
        "Portail RH — fiche salarié exportée le ⟨TS⟩\nSalarié : ⟨PERSON:s⟩\nMatricule : ⟨ORDER⟩\nDate de naissance : ⟨DOB⟩\n"
        "Adresse personnelle : ⟨ADDR⟩\nCourriel personnel : ⟨EMAIL:s⟩\nCompte de paie : ⟨IBANFR⟩"),
    "fr.acces": "Bonjour ⟨FIRST:u⟩, votre compte ⟨WEMAIL:u⟩ est créé. Mot de passe provisoire : ⟨PWD⟩. Jeton d'API : ⟨TOKEN⟩.",
    "fr.ticket": "Incident ⟨CASE⟩ : ⟨PNAT:r⟩ (⟨MOBILE⟩) ne reçoit plus les invitations. Adresse IP ⟨IP4⟩ / ⟨IP6⟩, client ⟨VER⟩.",
    "fr.agent_contacts": "J'ai trouvé deux contacts : ⟨PNAT:a⟩ (⟨EMAIL:a⟩, ⟨PHONE⟩) et ⟨PNAT:b⟩ (⟨WEMAIL:b⟩). Lequel dois-je inviter le ⟨DATE⟩ ?",
    "fr.hopital": "Secrétariat médical : ⟨PUP:p⟩, IPP ⟨MRN⟩, né(e) le ⟨DOB⟩, demande le report de sa consultation. Rappeler au ⟨PHONE⟩.",
    "fr.mairie": "Inscription sur les listes électorales : ⟨PERSON:e⟩, ⟨ADDR⟩, née le ⟨DOB⟩. Récépissé ⟨ORDER⟩ délivré le ⟨DATE⟩.",
}
