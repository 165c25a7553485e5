"""Native-language forms: guest registration cards (Meldeschein, fiche de police, анкета гостя,
UK/US registration card), tenancy applications, catering/dietary lists."""
from ae_common import E, N, IG, T, R, J


def reg_card_en(cx):
    p, a = cx.person(), cx.addr()
    ci, co, _, _ = cx.stay()
    return R("GUEST REGISTRATION CARD — {hotel}\nConfirmation: {conf}    Room: {room}    Rate: {rate}\nSurname: {last}\nFirst name: {first}\n"
             "Date of birth: {dob}\nHome address: {addr}\nMobile: {ph}\nE-mail: {em}\nArrival: {ci}    Departure: {co}\n"
             "Passport no. (non-UK/US guests): {pp}\nVehicle registration: n/a\nGuest signature: ______________\n",
             hotel=cx.title("hotel"), conf=cx.bref(), room=cx.room(), rate=cx.price(80, 500), last=p.surname(), first=p.first_name(),
             dob=p.dob_e(), addr=a.full(), ph=p.phone_e(), em=p.email_e(), ci=ci, co=co, pp=cx.foreign_passport())


def meldeschein(cx):
    p = cx.person(cx.pick(["de_DE", "de_DE", "fr_FR", "en_GB", "ru_RU"]))
    a = cx.addr(p.loc)
    ci, co, _, _ = cx.stay("dot")
    mit = cx.person()
    foreign = p.loc != "de_DE"
    nat = {"de_DE": "deutsch", "fr_FR": "französisch", "en_GB": "britisch", "ru_RU": "russisch"}[p.loc]
    name_first = E("PERSON", p.latin().split()[0], sub="ru") if p.loc == "ru_RU" else p.first_name()
    name_last = E("PERSON", p.latin().split()[-1], sub="ru") if p.loc == "ru_RU" else p.surname()
    return R("MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN\nBetrieb: {hotel}    Zimmer-Nr.: {room}\nAnkunftstag: {ci}    Voraussichtlicher Abreisetag: {co}\n"
             "Familienname: {last}\nVorname(n): {first}\nGeburtsdatum: {dob}\nStaatsangehörigkeit(en): {nat}\n"
             "Anschrift (Straße, Hausnummer, PLZ, Ort, Staat): {addr}\nZahl der Mitreisenden: 1    Name der/des Mitreisenden: {mit}\n"
             "{pass}Unterschrift: ______________\n",
             hotel=cx.title("hotel"), room=cx.room(), ci=ci, co=co, last=name_last, first=name_first, dob=p.dob_e("dot"), nat=nat,
             addr=a.full(), mit=mit.name("fl"),
             **{"pass": R("Seriennummer des Passes/Identitätsdokuments: {pp}\n", pp=cx.foreign_passport(p.loc)) if foreign else []})


def fiche_police(cx):
    p = cx.person(cx.pick(["en_US", "en_GB", "de_DE", "ru_RU"]))
    a = cx.addr(p.loc)
    nat = {"en_US": "américaine", "en_GB": "britannique", "de_DE": "allemande", "ru_RU": "russe"}[p.loc]
    nm_last = E("PERSON", p.latin().split()[-1].upper(), sub="ru") if p.loc == "ru_RU" else E("PERSON", p.last.upper(), sub=p.lang)
    nm_first = E("PERSON", p.latin().split()[0], sub="ru") if p.loc == "ru_RU" else p.first_name()
    st = cx.stay("eu_slash")
    return R("FICHE INDIVIDUELLE DE POLICE\n(à remplir par les clients de nationalité étrangère)\nÉtablissement : {hotel}    Chambre n° {room}\n"
             "NOM : {last}\nPrénoms : {first}\nDate de naissance : {dob}\nLieu de naissance : {pob}\nNationalité : {nat}\n"
             "Domicile habituel : {addr}\nTéléphone : {ph}\nAdresse e-mail : {em}\nDate d'arrivée : {d1}    Date de départ prévue : {d2}\n"
             "Nombre d'enfants de moins de 15 ans accompagnant : 0\nPièce d'identité n° : {pp}\nSignature : ______________\n",
             hotel=cx.title("hotel"), room=cx.room(), last=nm_last, first=nm_first,
             dob=E("DATE_OF_BIRTH", "%02d/%02d/%d" % (p.dob.day, p.dob.month, p.dob.year)), pob=IG(cx.addr(p.loc).city),
             nat=nat, addr=a.full(), ph=p.phone_e(), em=p.email_e(), d1=st[0],
             d2=st[1], pp=cx.foreign_passport(p.loc))


def anketa(cx):
    p, a = cx.person("ru_RU"), cx.addr("ru_RU")
    ci, co, _, _ = cx.stay("dot")
    return R("АНКЕТА ГОСТЯ\nГостиница: {hotel}    Номер: {room}\nФамилия: {last}\nИмя: {first}\nОтчество: {mid}\nДата рождения: {dob}\n"
             "Место рождения: {pob}\nДокумент, удостоверяющий личность: паспорт гражданина РФ, серия и номер {pp}\n"
             "Дата выдачи: {issued}    Код подразделения: {kp}\nАдрес регистрации: {addr}\nКонтактный телефон: {ph}\nЭл. почта: {em}\n"
             "Цель поездки: {goal}\nДата заезда: {ci}    Дата выезда: {co}\nС правилами проживания ознакомлен(а): ______\n",
             hotel=cx.title("hotel"), room=cx.room(), last=p.surname(), first=p.first_name(), mid=E("PERSON", p.middle, sub="ru"),
             dob=p.dob_e(cx.pick(["dot", "long"])), pob=IG("г. " + cx.addr("ru_RU").city), pp=cx.ru_passport(),
             issued=cx.travel_date(style="dot"), kp=N("NEG_NUMBER", "%03d-%03d" % (cx.rng.randint(100, 999), cx.rng.randint(1, 99))),
             addr=a.full(), ph=p.phone_e(), em=p.email_e(), goal=cx.pick(["туризм", "деловая", "частная"]), ci=ci, co=co)


def tenancy_en(cx):
    p, a, prev, ref1, ref2 = cx.person(), cx.addr(), cx.addr(), cx.person(), cx.person()
    us = cx.loc == "en_US"
    return R("RENTAL APPLICATION — {unit}\n\nApplicant: {name}\nDate of birth: {dob}\n{idline}Phone: {ph}    E-mail: {em}\n"
             "Current address: {cur} (since {since})\nPrevious address: {prev}\nEmployer: {emp}, {pos}, annual salary {sal}\n"
             "Landlord reference: {r1}, {r1ph}\nPersonal reference: {r2}, {r2em}\nBank account for deposit return: {iban}\n"
             "Application fee paid with card {card} on {paid}.\n",
             unit=cx.bref("res"), name=p.name("fl"), dob=p.dob_e(), idline=R("SSN: {s}\n", s=cx.ssn()) if us else [],
             ph=p.phone_e(), em=p.email_e(), cur=a.full(), since=cx.travel_date(), prev=prev.full(), emp=cx.company(),
             pos=cx.pick(["Project Manager", "Nurse", "Software Engineer", "Teacher", "Accountant"]), sal=cx.price(30000, 140000, ),
             r1=ref1.name("fl"), r1ph=ref1.phone_e(), r2=ref2.name("fl"), r2em=ref2.email_e(),
             iban=cx.iban("GB") if not us else cx.iban(), card=cx.card(), paid=cx.travel_date())


def mieter_de(cx):
    p, a, prev, vm = cx.person(), cx.addr(), cx.addr(), cx.person()
    return R("MIETERSELBSTAUSKUNFT\nObjekt: {obj}\n\nName, Vorname: {name}\nGeburtsdatum: {dob}\nDerzeitige Anschrift: {cur}\n"
             "Voranschrift: {prev}\nTelefon: {ph}    E-Mail: {em}\nArbeitgeber: {emp}, beschäftigt seit {since}\n"
             "Monatliches Nettoeinkommen: {inc}\nDerzeitiger Vermieter: {vm}, {vmph}\nKonto für Mietzahlung: {iban}\n"
             "Haustiere: nein    Raucher: nein\n",
             obj=cx.bref("res"), name=p.name("lf_comma"), dob=p.dob_e("dot"), cur=a.full(), prev=prev.full(), ph=p.phone_e(),
             em=p.email_e(), emp=cx.company(), since=cx.travel_date(), inc=cx.price(1500, 6000), vm=vm.name("fl"),
             vmph=vm.phone_e(), iban=cx.iban("DE"))


def dossier_fr(cx):
    p, a, prev, g = cx.person(), cx.addr(), cx.addr(), cx.person()
    return R("DOSSIER DE CANDIDATURE LOCATAIRE\nLogement : {obj}\n\nNom et prénom : {name}\nNé(e) le : {dob}\nAdresse actuelle : {cur}\n"
             "Adresse précédente : {prev}\nTéléphone : {ph}    Courriel : {em}\nEmployeur : {emp}, en poste depuis le {since}\n"
             "Revenus nets mensuels : {inc}\nGarant : {g}, né(e) le {gdob}, {gph}\nRIB : {iban}\n",
             obj=cx.bref("res"), name=p.name(), dob=p.dob_e(), cur=a.full(), prev=prev.full(), ph=p.phone_e(), em=p.email_e(),
             emp=cx.company(), since=cx.travel_date(), inc=cx.price(1400, 5000), g=g.name("fl"), gdob=g.dob_e(), gph=g.phone_e(),
             iban=cx.iban("FR"))


def anketa_arendatora(cx):
    p, a, prev = cx.person(), cx.addr(), cx.addr()
    return R("АНКЕТА АРЕНДАТОРА\nОбъект: {obj}\n\nФИО: {name}\nДата рождения: {dob}\nПаспорт: {pp}\nИНН: {inn}\nСНИЛС: {snils}\n"
             "Адрес регистрации: {cur}\nПрежний адрес: {prev}\nТелефон: {ph}    E-mail: {em}\nМесто работы: {emp}\n"
             "Ежемесячный доход: {inc}\nПоручитель: {g}, {gph}\n",
             obj=cx.bref("res"), name=p.name("lfm"), dob=p.dob_e(), pp=cx.ru_passport(), inn=cx.inn("inn12"), snils=cx.snils(),
             cur=a.full(), prev=prev.full(), ph=p.phone_e(), em=p.email_e(), emp=cx.company(), inc=cx.price(500, 3000),
             g=cx.person().name("lfm"), gph=cx.phone())


def dietary_list(cx):
    diets = {"en": ["vegan", "vegetarian", "coeliac", "shellfish allergy", "no pork"],
             "de": ["vegan", "vegetarisch", "Zöliakie", "Nussallergie", "kein Schwein"],
             "fr": ["végétalien", "végétarien", "sans gluten", "allergie arachides", "sans porc"],
             "ru": ["веган", "вегетарианское", "без глютена", "аллергия на орехи", "без свинины"]}[cx.lang]
    head = {"en": "Catering list – {ev}, {venue}", "de": "Cateringliste – {ev}, {venue}",
            "fr": "Liste traiteur – {ev}, {venue}", "ru": "Список для кейтеринга – {ev}, {venue}"}[cx.lang]
    rows = []
    for i in range(cx.rng.randint(3, 6)):
        p = cx.person()
        rows.append(R("T{t}  {nm}  {diet}\n", t=str(cx.rng.randint(1, 20)), nm=p.name("fl"), diet=cx.pick(diets)))
    return R(head + "  ({d})\n{rows}", ev=cx.title("event"), venue=cx.title("venue"), d=cx.travel_date(), rows=rows)


FORMS = {
    "en": [("reg_card_en", reg_card_en), ("tenancy_en", tenancy_en), ("dietary_list", dietary_list)],
    "de": [("meldeschein", meldeschein), ("mieter_de", mieter_de), ("dietary_list", dietary_list)],
    "fr": [("fiche_police", fiche_police), ("dossier_fr", dossier_fr), ("dietary_list", dietary_list)],
    "ru": [("anketa", anketa), ("anketa_arendatora", anketa_arendatora), ("dietary_list", dietary_list)],
}
