"""ag_chat_fr.py - sorties d'assistant en français : relation client, télécoms, énergie, livraison."""
from ag_common import I
from ag_vocab import maybe_filler, lead_filler, DELIVERY_NOTES


def fiche_ticket(c):
    p, a = c.person(), c.addr()
    c.b.fmt("{lead}**Demande {t} - synthèse**\n\n- Client : {n}\n- Courriel : {e}\n- Téléphone : {ph}\n"
            "- Adresse d'installation : ", lead=lead_filler(c.rng, "fr"), t=c.ticket(), n=p.variant(),
            e=c.email(p), ph=c.phone())
    c.b.add(a.inline())
    c.b.fmt("\n- Problème : coupures de la box depuis le {d}, test de ligne OK à {ts}.\n- Suite : intervention "
            "d'un technicien sur le créneau {sl}.{f}", d=c.date(), ts=c.ts(), sl=c.slot(), f=maybe_filler(c.rng, "fr"))


def reponse_mail(c):
    p, ag = c.person(), c.person()
    bn, dom = c.brand(c.pick(["telecom", "utility", "courier"]))
    c.b.fmt("Voici une proposition de réponse :\n\n---\nObjet : RE: Réclamation {t}\n\nBonjour {n},\n\nNous avons "
            "bien reçu votre message. Le remboursement de {m} a été effectué le {d} sur le compte {ib}. Le délai "
            "bancaire est de trois jours ouvrés.\n\nCordialement,\n{ag}\nService client {bn}\n\n"
            "Le {d2}, {n2} <{e}> a écrit :\n> Je n'ai toujours rien reçu, merci de me rappeler au {ph}.\n---",
            t=c.ticket(), n=p.full(), m=c.money(), d=c.date(), ib=c.iban(), ag=ag.full(), bn=bn, d2=c.date(),
            n2=p.full(), e=c.email(p), ph=c.phone())


def compte_rendu_appel(c):
    p, a, ag = c.person(), c.addr(), c.person()
    c.b.fmt("Compte rendu d'appel ({cid}, {ts})\n\nConseillère : {ag}\nAppelant : {n}\nVérification d'identité : "
            "date de naissance {dob}, adresse ", cid=c.uuid(), ts=c.ts(), ag=ag.full(), n=p.full(), dob=c.dob())
    c.b.add(a.street())
    c.b.fmt(" - conforme.\nDemande : passage à l'offre {ti}. Confirmation envoyée à {e}.", ti=c.title(),
            e=c.email(p))


def portabilite(c):
    p, a = c.person(), c.addr()
    bn, dom = c.brand("telecom")
    c.b.fmt("Demande de portabilité ({bn})\n\nTitulaire de la ligne : {n}\nNuméro à porter : {ph}\nRIO : {rio}\n"
            "Nouvelle carte SIM (ICCID) : {ic}\nIMEI du terminal : {im}\nAdresse de facturation : ",
            bn=bn, n=p.full(), ph=c.phone(), rio=_rio(c), ic=c.iccid(), im=c.imei())
    c.b.add(a.inline())
    c.b.fmt("\nDate de portage souhaitée : {d}", d=c.date())


def _rio(c):
    from ag_common import N
    return N("%02dP%s" % (c.randint(1, 99), "".join(c.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))),
             "NEG_ORDER_ID")


def rdv_fibre(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Votre rendez-vous de raccordement fibre est confirmé.\n\n{n}\n", n=p.full())
    c.b.add(a.block())
    c.b.fmt("\n\nDate : {d}, créneau {sl}\nLe technicien vous appellera au {ph} avant son passage.\nAprès mise en "
            "service, l'adresse IP fixe {ip} vous sera attribuée (préfixe IPv6 {ip6}/56, firmware {v}).",
            d=c.date(), sl=c.slot(), ph=c.phone(), ip=c.ipv4("public"), ip6=c.ipv6(), v=c.version())


def releve_compteur(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Relevé de compteur enregistré.\n\nTitulaire : {n}\nPoint de livraison : ", n=p.full())
    c.b.add(a.inline())
    c.b.fmt("\nN° PDL : {m}\nIndex relevé : {r} le {d}\nRéférence client : {acc}{f}", m=c.meter(), r=c.reading(),
            d=c.date(), acc=c.account(), f=maybe_filler(c.rng, "fr"))


def facture(c):
    p, a = c.person(), c.addr()
    bn, dom = c.brand("utility")
    c.b.fmt("Explication simple de la facture {bn} de {n} :\n\n1. Offre : {ti}\n2. Consommation : {r} du {d1} au "
            "{d2}\n3. Montant : {m}, prélevé le {d3} sur {ib}\n4. Adresse de fourniture : ",
            bn=bn, n=p.variant(), ti=c.title(), r=c.reading(), d1=c.date(), d2=c.date(), m=c.money(),
            d3=c.date(), ib=c.iban())
    c.b.add(a.street())
    c.b.fmt(", {cl}", cl=I(a.city_line()))


def mandat_sepa(c):
    p, a = c.person(), c.addr()
    bn, dom = c.brand("utility")
    c.b.fmt("Mandat de prélèvement SEPA enregistré\n\nCréancier : {bn}\nRéférence unique du mandat : {rum}\n"
            "Débiteur : {n}\nAdresse : ", bn=bn, rum=c.order("mandate"), n=p.full())
    c.b.add(a.inline())
    c.b.fmt("\nIBAN : {ib}\nSigné le : {d}\nCopie envoyée à {e}", ib=c.iban(), d=c.date(), e=c.email(p))


def mediateur(c):
    p, a = c.person(), c.addr()
    c.b.add("Projet de saisine du médiateur :\n\n")
    c.b.add(a.block(name=p.full()))
    c.b.fmt("\nTél. : {ph}\nCourriel : {e}\n\nObjet : litige n° {t}\n\nMadame, Monsieur,\n\nDepuis le {d}, ma "
            "facturation est erronée et le montant contesté s'élève à {m}. Ma réclamation écrite est restée sans "
            "réponse satisfaisante au-delà de deux mois.\n\nVeuillez agréer mes salutations distinguées.\n{n}",
            ph=c.phone(), e=c.email(p), t=c.ticket(), d=c.date(), m=c.money(), n=p.full())


def preuve_livraison(c):
    p, a, drv = c.person(), c.addr(), c.person()
    c.b.fmt("Preuve de livraison\nColis : {tr}\nLivré à : ", tr=c.tracking())
    c.b.add(a.inline())
    c.b.fmt("\nRéceptionné par : {n}\nHorodatage : {ts}\nCoordonnées GPS : {gps}\nLivreur : {dn}", n=p.full(),
            ts=c.ts(), gps=c.coords(), dn=drv.full())


def feuille_route(c):
    drv = c.person()
    c.b.fmt("Feuille de route du {d} - livreur {n}, véhicule {v}\n\n", d=c.date(), n=drv.full(), v=c.order("van"))
    for i in range(c.randint(3, 6)):
        p, a = c.person(), c.addr()
        c.b.fmt("Arrêt {i} ({sl}) : {n} - ", i=i + 1, sl=c.slot(), n=p.full())
        c.b.add(a.street())
        c.b.fmt(", {cl} - colis {tr}", cl=I(a.city_line()), tr=c.tracking())
        if c.chance(0.35):
            c.b.fmt(" - {ph}", ph=c.phone())
        c.b.add("\n")
    c.b.fmt("\nConsigne : {h}.", h=c.pick(DELIVERY_NOTES["fr"]))


def resiliation(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Résiliation prise en compte pour {n} (contrat {acc}).\n- Offre de fidélisation refusée : {ti}\n"
            "- Date de fin : {d}\n- Remboursement de {m} par virement sur {ib}\n- Retour de la box à : ",
            n=p.variant(), acc=c.account(), ti=c.title(), d=c.date(), m=c.money(), ib=c.iban())
    c.b.add(a.inline())


def retour_colis(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Retour accepté.\n\nN° de retour : {rma}\nCommande : {o}\nClient : {n} <{e}>\nEnlèvement à : ",
            rma=c.order("rma"), o=c.order(), n=p.full(), e=c.email(p))
    c.b.add(a.inline())
    c.b.fmt("\nRemboursement de {m} sur la carte {cc} après scan au dépôt.", m=c.money(), cc=c.card())


TEMPLATES = [fiche_ticket, reponse_mail, compte_rendu_appel, portabilite, rdv_fibre, releve_compteur, facture,
             mandat_sepa, mediateur, preuve_livraison, feuille_route, resiliation, retour_colis]
