"""Sorties d'assistant en français (voyage, hôtellerie, événements, location)."""
from ae_common import R, T, J, E


def confirmation_vol(cx):
    p = cx.person()
    code = cx.airline()
    (a, ac), (b, bc) = cx.airport_pair()
    return R("Voici le récapitulatif de votre réservation :\n\n- Référence de dossier : {pnr}\n- Passager : {name}\n"
             "- Vol {fl} de {ac} ({a}) à {bc} ({b}) le {d}, départ à {hm}\n- Numéro de billet : {et}\n- Siège : {seat}\n"
             "- Coordonnées enregistrées : {em} / {ph}\n\nL'enregistrement en ligne ouvre 30 heures avant le départ.",
             pnr=cx.pnr(), name=p.name("fl"), fl=cx.flight(code), ac=ac, a=a, bc=bc, b=b, d=cx.travel_date(), hm=cx.hm(),
             et=cx.eticket(code), seat=cx.seat(), em=p.email_e(), ph=p.phone_e())


def reponse_hotel(cx):
    p, staff = cx.person(), cx.person()
    ci, co, _, _ = cx.stay()
    civ = "Monsieur" if p.g == "m" else "Madame"
    return R("Proposition de réponse :\n\n{civ} {last},\n\nNous vous remercions d'avoir choisi {hotel}. Nous avons le plaisir "
             "de vous confirmer une {room} du {ci} au {co} (n° de confirmation {conf}). Votre carte {card} garantit la réservation ; "
             "aucun prélèvement ne sera effectué avant votre arrivée.\n\nNous restons à votre disposition à l'adresse {biz}.\n\n"
             "Bien cordialement,\n{staff}\nRéception",
             civ=civ, last=p.surname(), hotel=cx.title("hotel"), room=cx.title("room"), ci=ci, co=co, conf=cx.bref(),
             card=cx.card(), biz=cx.business_email(), staff=staff.name("fl"))


def fiche_police_resume(cx):
    p = cx.person(cx.pick(["en_US", "en_GB", "de_DE", "ru_RU"]))
    st = cx.stay("eu_slash")
    return R("Fiche individuelle de police (client étranger) – résumé :\nNom : {last}\nPrénom : {first}\nNé(e) le : {dob}\n"
             "Nationalité : {nat}\nDomicile habituel : {addr}\nDate d'arrivée : {d}\nDate de départ prévue : {d2}\nEnfants de moins de 15 ans : 0",
             last=p.surname(), first=p.first_name(), dob=E("DATE_OF_BIRTH", "%02d/%02d/%d" % (p.dob.day, p.dob.month, p.dob.year)),
             nat={"en_US": "américaine", "en_GB": "britannique", "de_DE": "allemande", "ru_RU": "russe"}[p.loc],
             addr=cx.addr(p.loc).full(), d=st[0], d2=st[1])


def location_voiture(cx):
    p, a = cx.person(), cx.addr()
    (ap, apn), _ = cx.airport_pair()
    return R("Contrat de location {ra}\nConducteur : {name}, né(e) le {dob}\nPermis de conduire n° {dl}\nAdresse : {addr}\n"
             "Caution sur la carte {card}\nPrise en charge le {d} à {hm}, agence {apn} ({ap})\nFranchise : {fr}",
             ra=cx.bref("conf"), name=p.name("fl"), dob=p.dob_e(), dl=cx.licence(), addr=a.full(), card=cx.card(),
             d=cx.travel_date(), hm=cx.hm(), apn=apn, ap=ap, fr=cx.price(500, 2000, ))


def message_hote(cx):
    guest, host, a = cx.person(), cx.person(), cx.addr()
    ci, co, _, _ = cx.stay()
    return R("Bonjour {first} !\n\nTout est prêt pour votre séjour du {ci} au {co} au {street}. Les clés sont dans la boîte à clés "
             "à droite de la porte, je vous enverrai le code le jour de l'arrivée. En cas de souci, appelez-moi au {ph}.\n\n"
             "Pour la caution, merci d'effectuer un virement sur {iban}.\n\nÀ bientôt,\n{host}",
             first=guest.first_name(), ci=ci, co=co, street=a.e(), ph=host.phone_e(), iban=cx.iban(), host=host.name("first"))


def liste_participants(cx):
    rows = []
    for _ in range(cx.rng.randint(2, 4)):
        p = cx.person()
        rows.append(R("- {name} ({em}) – régime : {diet} – badge {b}\n", name=p.name(), em=p.email_e(),
                      diet=cx.pick(["végétarien", "sans gluten", "sans porc", "aucun", "végétalien"]), b=cx.bref("res")))
    return R("Liste des participants – {ev}, {venue}, le {d} :\n\n{rows}\nExport du {ts}.", ev=cx.title("event"),
             venue=cx.title("venue"), d=cx.travel_date(), rows=rows, ts=cx.ts("space"))


def rsvp_mariage(cx):
    p, q = cx.person(), cx.person()
    return R("Nouvelle réponse pour le mariage du {d} : {name} sera présent(e), accompagné(e) de {plus}. Menu choisi : {menu}. "
             "Adresse pour le faire-part : {addr}. Téléphone : {ph}.",
             d=cx.travel_date(), name=p.name("fl"), plus=q.name("fl"), menu=cx.pick(["poisson", "viande", "végétarien"]),
             addr=cx.addr().full(), ph=p.phone_e())


def dossier_location(cx):
    p, a, prev, g = cx.person(), cx.addr(), cx.addr(), cx.person()
    return R("Synthèse du dossier de location :\n\n- Candidat : {name}, né(e) le {dob}\n- Adresse actuelle : {cur}\n"
             "- Adresse précédente : {prev}\n- Employeur : {emp} (CDI), salaire net {inc}\n- Garant : {g}, {gph}\n"
             "- Courriel : {em}\n- RIB pour le prélèvement du loyer : {iban}\n\nEntrée souhaitée le {d}.",
             name=p.name(), dob=p.dob_e(), cur=a.full(), prev=prev.full(), emp=cx.company(), inc=cx.price(1500, 5000),
             g=g.name("fl"), gph=g.phone_e(), em=p.email_e(), iban=cx.iban("FR"), d=cx.travel_date())


def sinistre_voyage(cx):
    p = cx.person()
    return R("Brouillon de déclaration de sinistre :\n\nAssuré : {name}, né(e) le {dob}\nN° de dossier sinistre : {sn}\n"
             "Hospitalisation le {d} au {hosp}, numéro de dossier patient {mrn}.\nMontant des frais : {amt}\n"
             "Remboursement sur le compte {iban}\nJoignable au {ph}",
             name=p.name("fl"), dob=p.dob_e(), sn=cx.bref("bkg"), d=cx.travel_date(), hosp=cx.title("hospital"),
             mrn=cx.mrn(), amt=cx.price(200, 8000), iban=cx.iban(), ph=p.phone_e())


def attestation_accueil(cx):
    h, g = cx.person(), cx.person(cx.pick(["ru_RU", "en_US"]))
    st = cx.stay()
    return R("Projet d'attestation d'accueil :\n\nJe soussigné(e) {host}, né(e) le {hdob}, demeurant {addr}, certifie pouvoir héberger "
             "{guest}, né(e) le {gdob}, titulaire du passeport n° {pp}, du {d1} au {d2}.\n\nContact : {em}, {ph}",
             host=h.name("fl"), hdob=h.dob_e(), addr=cx.addr().full(), guest=E("PERSON", g.latin(), sub=g.lang),
             gdob=E("DATE_OF_BIRTH", "%02d/%02d/%d" % (g.dob.day, g.dob.month, g.dob.year)), pp=cx.foreign_passport(g.loc),
             d1=st[0], d2=st[1], em=h.email_e(), ph=h.phone_e())


def note_hotel(cx):
    p = cx.person()
    return R("La note de la chambre {room} au nom de {name} s'élève à {tot} (taxe de séjour incluse). Le règlement a été effectué "
             "par la carte {card} ; facture n° {nr}.",
             room=cx.room(), name=p.name("fl"), tot=cx.price(100, 2000), card=cx.card(), nr=cx.bref("res"))


def conciergerie(cx):
    p = cx.person()
    return R("Avec plaisir, {sal} {last}. J'ai réservé une table pour deux à la {venue} le {d} à {hm}, au nom de {name}. "
             "La confirmation ({conf}) vous a été envoyée à {em}.",
             sal=p.salutation("fr"), last=p.surname(), venue=cx.title("venue"), d=cx.travel_date(), hm=cx.hm(),
             name=p.name("fl"), conf=cx.bref("conf"), em=p.email_e())


TEMPLATES = [("confirmation_vol", confirmation_vol), ("reponse_hotel", reponse_hotel), ("fiche_police_resume", fiche_police_resume),
             ("location_voiture", location_voiture), ("message_hote", message_hote), ("liste_participants", liste_participants),
             ("rsvp_mariage", rsvp_mariage), ("dossier_location", dossier_location), ("sinistre_voyage", sinistre_voyage),
             ("attestation_accueil", attestation_accueil), ("note_hotel", note_hotel), ("conciergerie", conciergerie)]
