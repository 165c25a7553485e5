"""Modèles de chat en français (santé).  (id, locales autorisées ou None, modèle)."""

T = [
    ("chat.hc_fr01", None,
     "{pat.g:Monsieur|Madame} {pat.last},\n\nNous vous confirmons votre rendez-vous en consultation de "
     "{w:diabétologie|cardiologie|rhumatologie} avec le Dr {doc.last} le {n.date} à {n.time}. En cas d'empêchement, "
     "merci d'appeler le {orgphone} en rappelant la référence {n.order:appt}.\n\nCordialement,\n{doc2}"),
    ("chat.hc_fr02", None,
     "Lettre d'adressage : {pat}, {pat.g:né|née} le {pat.dob}, IPP {pat.mrn}, adressé{pat.g:|e} en "
     "{w:neurologie|gastro-entérologie|pneumologie} pour suspicion de {n.tc:disease}. Traitement : {n.dose} {freq}. "
     "Médecin adresseur : Dr {doc}, {doc.email}."),
    ("chat.hc_fr03", None,
     "Résultats de biologie de {pat} (dossier {pat.mrn}), prélèvement du {n.date} :\n- {n.lab}\n- {n.lab#2}\n"
     "- {n.lab#3}\nN° de demande {n.order:accession}. Validé par le Dr {doc.last}."),
    ("chat.hc_fr04", None,
     "Compte rendu d'hospitalisation : {pat} est sorti{pat.g:|e} le {n.date} après une pneumopathie (CIM-10 {n.num:icd}). "
     "Adresse de sortie : {pat.addr}. Personne de confiance : {rel}, {rel.phone}."),
    ("chat.hc_fr05", None,
     "Ordonnance transmise à la pharmacie pour {pat} ({pat.dob}) : {n.dose}, {freq}, pendant 30 jours. "
     "Prescripteur : Dr {doc}. Référence {n.order:rx}."),
    ("chat.hc_fr06", None,
     "Vaccination enregistrée : {pat} ({pat.g:né|née} le {pat.dob}) a reçu {vaccine}, lot {n.order:lot}, le {n.date}, "
     "administré par {nurse}. Rappel prévu le {n.date#2}."),
    ("chat.hc_fr07", None,
     "Fiche résident EHPAD\nNom : {pat}\nChambre : {n:1-80}\nDate de naissance : {pat.dob}\nPersonne à prévenir : {rel}, "
     "{rel.mobile}\nMédecin traitant : Dr {doc.last}\nÉvaluation : {n.tc:scale}, risque modéré."),
    ("chat.hc_fr08", None,
     "Remboursement mutuelle {n.order:claim} accepté pour {pat} : {n.money} seront versés sur le compte {pat.iban} "
     "sous 5 jours ouvrés."),
    ("chat.hc_fr09", None,
     "Animal : {n.pet} ({species}), propriétaire {owner}, tél. {owner.phone}. Rappel vaccinal fait le {n.date}. "
     "Facture {n.order:invoice} de {n.money} réglée par carte {owner.card}."),
    ("chat.hc_fr10", None,
     "Téléconsultation :\n[{n.time}] Dr {doc.last} : Bonjour, pouvez-vous me confirmer votre date de naissance ?\n"
     "[{n.time#2}] {pat.full} : le {pat.dob}\n[{n.time#3}] Dr {doc.last} : Et un numéro pour vous rappeler ?\n"
     "[{n.time#4}] {pat.full} : {pat.mobile}"),
    ("chat.hc_fr11", None,
     "Message reçu via le portail patient de {pat} : « J'ai déménagé au {pat.addr}, merci de mettre à jour mon dossier "
     "et d'écrire désormais à {pat.email}. » Connexion depuis {ip4} le {n.ts}."),
    ("chat.hc_fr12", None,
     "Demande d'imagerie : IRM du genou pour {pat} ({pat.dob}), dossier {pat.mrn}, acte CCAM {n.num:ccam}. "
     "{n.lab}. Demandeur : Dr {doc}, {doc.phone}."),
    ("chat.hc_fr13", None,
     "Soins dentaires pour {pat} ({pat.dob}) : couronne sur la 36 prévue le {n.date}. Acompte de {n.money} "
     "payé par carte {pat.card}."),
    ("chat.hc_fr14", None,
     "Alerte d'accès : {nurse.email} a consulté le dossier {pat.mrn} depuis {ip6} le {n.ts} sans lien thérapeutique."),
    ("chat.hc_fr15", None,
     "Prélèvement des frais d'hébergement de {pat} sur le compte {rel.iban} ({rel}), mandat {n.order:ticket}, "
     "première échéance le {n.date}."),
    ("chat.hc_fr16", None,
     "Colis {n.card} : médicaments livrés chez {pat}, {pat.addr}, avant {n.time}."),
    ("chat.hc_fr17", None,
     "Facture {n.order:invoice} de {n.money} pour {pat}, à régler par virement sur {iban} avant le {n.date}."),
    ("chat.hc_fr18", None,
     "La clé `{key:google_api}` de l'application de tournées infirmières est visible dans le dépôt. "
     "Merci de la restreindre."),
    ("chat.hc_fr19", None,
     "Le widget de prise de rendez-vous contient la clé de paiement `{key:stripe}` en clair ; à révoquer."),
]

HEADINGS = ["## Résumé", "### Note", "**Brouillon**", "## Extrait du dossier"]
