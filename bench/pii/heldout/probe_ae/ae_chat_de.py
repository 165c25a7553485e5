"""Deutschsprachige Assistenten-Ausgaben (Reise, Hotel, Veranstaltungen, Wohnen)."""
from ae_common import R, T, J


def flug_bestaetigung(cx):
    p = cx.person()
    code = cx.airline()
    (a, ac), (b, bc) = cx.airport_pair()
    return R("Hier die wichtigsten Angaben aus Ihrer Buchungsbestätigung:\n\n- Buchungscode: {pnr}\n- Reisende/r: {name}\n"
             "- Flug {fl} von {ac} ({a}) nach {bc} ({b}) am {d}, Abflug {hm} Uhr\n- Ticketnummer: {et}\n- Sitzplatz: {seat}\n"
             "- Hinterlegte Kontaktdaten: {em}, {ph}\n\nDer Online-Check-in ist ab 30 Stunden vor Abflug möglich.",
             pnr=cx.pnr(), name=p.name("fl"), fl=cx.flight(code), ac=ac, a=a, bc=bc, b=b, d=cx.travel_date(), hm=cx.hm(),
             et=cx.eticket(code), seat=cx.seat(), em=p.email_e(), ph=p.phone_e())


def hotel_antwort(cx):
    p, staff = cx.person(), cx.person()
    ci, co, _, _ = cx.stay()
    anrede = "Sehr geehrter Herr" if p.g == "m" else "Sehr geehrte Frau"
    return R("Vorschlag für Ihre Antwort:\n\n{anrede} {last},\n\nvielen Dank für Ihre Reservierung im {hotel}. Wir bestätigen Ihnen "
             "ein {room} vom {ci} bis {co} (Reservierungsnummer {conf}). Die Buchung ist über Ihre Kreditkarte {card} garantiert; "
             "eine Belastung erfolgt erst bei Abreise.\n\nFür Rückfragen erreichen Sie uns unter {biz}.\n\nMit freundlichen Grüßen\n{staff}\nEmpfang",
             anrede=anrede, last=p.surname(), hotel=cx.title("hotel"), room=cx.title("room"), ci=ci, co=co, conf=cx.bref(),
             card=cx.card(), biz=cx.business_email(), staff=staff.name("fl"))


def meldeschein_kurz(cx):
    p, a = cx.person(), cx.addr()
    ci, co, _, _ = cx.stay("dot")
    return R("Meldeschein für Beherbergungsstätten – Zusammenfassung:\nName, Vorname: {name}\nGeburtsdatum: {dob}\n"
             "Staatsangehörigkeit: deutsch\nAnschrift: {addr}\nAnkunft: {ci}  Voraussichtliche Abreise: {co}\n"
             "Mitreisende: {mit}\nZimmer {room}",
             name=p.name("lf_comma"), dob=p.dob_e("dot"), addr=a.full(), ci=ci, co=co, mit=cx.person().name("fl"), room=cx.room())


def mietwagen(cx):
    p, a = cx.person(), cx.addr()
    (ap, apn), _ = cx.airport_pair()
    return R("Mietvertrag {ra}\nFahrer: {name}, geb. {dob}\nFührerscheinnummer: {dl}\nWohnanschrift: {addr}\n"
             "Kaution per Karte {card}\nAbholung am {d} um {hm} Uhr, Station {apn} ({ap})\nKilometerstand bei Übergabe: {km}",
             ra=cx.bref("conf"), name=p.name("fl"), dob=p.dob_e(), dl=cx.licence(), addr=a.full(), card=cx.card(),
             d=cx.travel_date(), hm=cx.hm(), apn=apn, ap=ap, km=cx.num("%d km" % cx.rng.randint(3000, 90000)))


def ferienwohnung(cx):
    guest, host, a = cx.person(), cx.person(), cx.addr()
    ci, co, _, _ = cx.stay()
    return R("Hallo {first},\n\nschön, dass ihr vom {ci} bis {co} bei uns in der {street} wohnt! Der Schlüssel liegt im Schlüsselsafe "
             "neben der Haustür, den Code schicke ich euch am Anreisetag. Bei Fragen bin ich unter {ph} erreichbar.\n\n"
             "Die Endreinigung ({pr}) bitte auf mein Konto {iban} überweisen.\n\nViele Grüße\n{host}",
             first=guest.first_name(), ci=ci, co=co, street=a.e(), ph=host.phone_e(), pr=cx.price(30, 120), iban=cx.iban(),
             host=host.name("first"))


def teilnehmerliste(cx):
    rows = []
    for _ in range(cx.rng.randint(2, 4)):
        p = cx.person()
        rows.append(R("- {name}, {em}, Ernährung: {diet}, Badge {b}\n", name=p.name(), em=p.email_e(),
                      diet=cx.pick(["vegetarisch", "vegan", "laktosefrei", "keine Angabe", "glutenfrei"]), b=cx.bref("res")))
    return R("Teilnehmerliste {ev}, {venue}, {d}:\n\n{rows}\nStand: {ts}", ev=cx.title("event"), venue=cx.title("venue"),
             d=cx.travel_date(), rows=rows, ts=cx.ts("space"))


def hochzeit(cx):
    p, q = cx.person(), cx.person()
    return R("Neue Zusage zur Hochzeit am {d}: {name} kommt mit Begleitung ({plus}). Menüwunsch: {menu}. "
             "Für die Tischkarte bitte die Adresse {addr} verwenden; Rückfragen an {ph}.",
             d=cx.travel_date(), name=p.name("fl"), plus=q.name("fl"), menu=cx.pick(["Fisch", "Rind", "vegetarisch"]),
             addr=cx.addr().full(), ph=p.phone_e())


def mieterselbstauskunft(cx):
    p, a, prev, vm = cx.person(), cx.addr(), cx.addr(), cx.person()
    return R("Zusammenfassung der Mieterselbstauskunft:\n\n- Mietinteressent/in: {name}, geboren am {dob}\n- Derzeitige Anschrift: {cur}\n"
             "- Vorherige Anschrift: {prev}\n- Arbeitgeber: {emp}, Nettoeinkommen {inc} monatlich\n- Bisheriger Vermieter: {vm}, Tel. {vph}\n"
             "- E-Mail: {em}\n- Gewünschter Einzug: {d}\n\nSCHUFA-Auskunft liegt vor (Dokument {doc}).",
             name=p.name(), dob=p.dob_e(), cur=a.full(), prev=prev.full(), emp=cx.company(), inc=cx.price(1800, 6000),
             vm=vm.name("fl"), vph=vm.phone_e(), em=p.email_e(), d=cx.travel_date(), doc=cx.uuid())


def reiseversicherung(cx):
    p = cx.person()
    return R("Entwurf der Schadensmeldung:\n\nVersicherte Person: {name}, geb. {dob}\nSchadennummer: {sn}\n"
             "Am {d} stationäre Aufnahme im {hosp}, Patientennummer {mrn}.\nErstattungsbetrag: {amt}\n"
             "Bitte auf folgendes Konto überweisen: {iban}\nRückruf unter {ph}",
             name=p.name("fl"), dob=p.dob_e(), sn=cx.bref("bkg"), d=cx.travel_date(), hosp=cx.title("hospital"),
             mrn=cx.mrn(), amt=cx.price(200, 8000), iban=cx.iban(), ph=p.phone_e())


def einladung(cx):
    g, host = cx.person("ru_RU"), cx.person()
    ci, co, _, _ = cx.stay()
    return R("Entwurf Einladungsschreiben:\n\nHiermit laden wir {guest}, geboren am {dob}, Reisepass {pp}, zur {ev} vom {ci} bis {co} "
             "nach Deutschland ein. Die Unterkunft im {hotel} ist gebucht, die Kosten übernimmt der Veranstalter.\n\n"
             "Ansprechpartner: {host}, {hem}, {hph}\nAnschrift des Einladenden: {addr}",
             guest=E_latin(g), dob=g.dob_e("dot"), pp=cx.foreign_passport("ru_RU"), ev=cx.title("event"), ci=ci, co=co,
             hotel=cx.title("hotel"), host=host.name("fl"), hem=host.email_e(), hph=host.phone_e(), addr=cx.addr().full())


def E_latin(p):
    from ae_common import E
    return E("PERSON", p.latin(), sub=p.lang)


def rechnung(cx):
    p = cx.person()
    return R("Die Hotelrechnung {nr} für {sal} {name} (Zimmer {room}) beläuft sich auf {tot}. Bezahlt wurde mit der Karte {card}. "
             "Die zu viel gezahlte Vorauszahlung von {diff} erstatten wir auf das IBAN-Konto {iban}.",
             nr=cx.bref("res"), sal=p.salutation("de"), name=p.name("fl"), room=cx.room(), tot=cx.price(150, 2500),
             card=cx.card(), diff=cx.price(20, 300), iban=cx.iban())


def concierge_de(cx):
    p = cx.person()
    return R("Sehr gern, {sal} {last}. Ich habe für Sie und Ihre Begleitung einen Tisch im {venue} am {d} um {hm} Uhr auf den Namen "
             "{name} reserviert. Die Bestätigung ({conf}) ging an {em}.",
             sal=p.salutation("de"), last=p.surname(), venue=cx.title("venue"), d=cx.travel_date(), hm=cx.hm(),
             name=p.name("fl"), conf=cx.bref("conf"), em=p.email_e())


def schnittstelle(cx):
    sub = cx.pick(["stripe", "google_api", "jwt", "aws_access_key_id"])
    p = cx.person()
    return R("Achtung: Der Schlüssel `{key}` der Buchungsstrecke vom {hotel} steht im Klartext im Ticket {tk}. Letzter Zugriff von {ip} "
             "um {ts}. Bitte rotieren und {name} ({em}) informieren.",
             key=cx.key(sub), hotel=cx.title("hotel"), tk=cx.bref("res"), ip=cx.ip4() if cx.rng.random() < 0.7 else cx.ip6(),
             ts=cx.ts("iso_off"), name=p.name("fl"), em=p.email_e())


TEMPLATES = [("schnittstelle", schnittstelle), ("flug_bestaetigung", flug_bestaetigung), ("hotel_antwort", hotel_antwort), ("meldeschein_kurz", meldeschein_kurz),
             ("mietwagen", mietwagen), ("ferienwohnung", ferienwohnung), ("teilnehmerliste", teilnehmerliste),
             ("hochzeit", hochzeit), ("mieterselbstauskunft", mieterselbstauskunft), ("reiseversicherung", reiseversicherung),
             ("einladung", einladung), ("rechnung", rechnung), ("concierge_de", concierge_de)]
