"""ag_chat_de.py - deutsche Assistenz-Ausgaben: Kundenservice, Telko, Energie, Paketdienst."""
from ag_common import I
from ag_vocab import maybe_filler, lead_filler, DELIVERY_NOTES


def ticket(c):
    p, a = c.person(), c.addr()
    c.b.fmt("{lead}**Vorgang {t}**\n\nKunde: {n}\nE-Mail: {e}\nRückrufnummer: {ph}\nAnschlussadresse: ",
            lead=lead_filler(c.rng, "de"), t=c.ticket(), n=p.variant(), e=c.email(p), ph=c.phone())
    c.b.add(a.inline())
    c.b.fmt("\nProblem: Internet bricht seit dem {d} mehrmals täglich ab, Leitungsmessung um {ts} ohne Befund.\n"
            "Nächster Schritt: Technikertermin im Zeitfenster {sl}.{f}", d=c.date(), ts=c.ts(), sl=c.slot(),
            f=maybe_filler(c.rng, "de"))


def antwort_mail(c):
    p, ag = c.person(), c.person()
    bn, dom = c.brand(c.pick(["telecom", "utility", "courier"]))
    c.b.fmt("Vorschlag für die Antwort:\n\n---\nBetreff: AW: Ihre Anfrage {t}\n\nGuten Tag {n},\n\nvielen Dank für "
            "Ihre Nachricht. Die Gutschrift über {m} haben wir am {d} auf Ihr Konto {ib} überwiesen. Bitte "
            "rechnen Sie mit bis zu drei Bankarbeitstagen.\n\nMit freundlichen Grüßen\n{ag}\n{bn}\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: {n2} <{e}>\nGesendet: {d2}\nIch warte seit Wochen auf mein Geld!",
            t=c.ticket(), n=p.full(), m=c.money(), d=c.date(), ib=c.iban(), ag=ag.full(), bn=bn, n2=p.full(),
            e=c.email(p), d2=c.date())


def gespraech(c):
    p, a, ag = c.person(), c.addr(), c.person()
    c.b.fmt("Gesprächsnotiz (Anruf {cid}, {ts})\n\nMitarbeiterin: {ag}\nAnrufer: {n}\nLegitimation: Geburtsdatum "
            "{dob} und Anschrift ", cid=c.uuid(), ts=c.ts(), ag=ag.full(), n=p.full(), dob=c.dob())
    c.b.add(a.street())
    c.b.fmt(" wurden abgefragt und stimmen mit dem Kundenkonto überein.\nAnliegen: Wechsel in den Tarif {ti}. "
            "Auftragsbestätigung geht an {e}.", ti=c.title(), e=c.email(p))


def portierung(c):
    p, a = c.person(), c.addr()
    bn, dom = c.brand("telecom")
    c.b.fmt("Antrag auf Rufnummernmitnahme ({bn})\n\nAnschlussinhaber: {n}\nGeburtsdatum: {dob}\nMitzunehmende "
            "Rufnummer: {ph}\nKundennummer beim abgebenden Anbieter: {acc}\nNeue SIM (ICCID): {ic}\nAnschrift: ",
            bn=bn, n=p.full(), dob=c.dob(), ph=c.phone(), acc=c.account(), ic=c.iccid())
    c.b.add(a.inline())
    c.b.fmt("\nWunschtermin: {d}\nDie Bestätigung senden wir an {e}.", d=c.date(), e=c.email(p))


def installation(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Ihr Glasfaser-Installationstermin steht fest.\n\n{n}\n", n=p.full())
    c.b.add(a.block())
    c.b.fmt("\n\nTermin: {d}, {sl} Uhr\nDer Techniker meldet sich vorher unter {ph}.\nNach der Freischaltung "
            "erhalten Sie die feste IPv4-Adresse {ip} sowie das Präfix {ip6}/56. Firmware des Routers: {v}.",
            d=c.date(), sl=c.slot(), ph=c.phone(), ip=c.ipv4("public"), ip6=c.ipv6(), v=c.version())


def zaehlerstand(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Zählerstandsmeldung bestätigt.\n\nKunde: {n}\nLieferstelle: ", n=p.formal())
    c.b.add(a.inline())
    c.b.fmt("\nZählernummer: {m}\nZählerstand: {r} (abgelesen am {d})\nVertragskonto: {acc}\nDer Wert fließt "
            "in die nächste Jahresabrechnung ein.{f}", m=c.meter(), r=c.reading(), d=c.date(), acc=c.account(),
            f=maybe_filler(c.rng, "de"))


def abrechnung(c):
    p, a = c.person(), c.addr()
    bn, dom = c.brand("utility")
    c.b.fmt("Kurz erklärt - Jahresabrechnung von {bn} für {n}:\n\n1. Tarif: {ti}\n2. Verbrauch: {r} im Zeitraum "
            "{d1} bis {d2}\n3. Nachzahlung: {m}, wird am {d3} per Lastschrift von {ib} eingezogen.\n"
            "4. Lieferadresse: ",
            bn=bn, n=p.variant(), ti=c.title(), r=c.reading(), d1=c.date(), d2=c.date(), m=c.money(),
            d3=c.date(), ib=c.iban())
    c.b.add(a.street())
    c.b.fmt(", {cl}", cl=I(a.city_line()))


def mandat(c):
    p, a = c.person(), c.addr()
    bn, dom = c.brand("utility")
    c.b.fmt("SEPA-Lastschriftmandat erfasst\n\nZahlungsempfänger: {bn}\nGläubiger-ID: {gid}\nMandatsreferenz: {mr}\n"
            "Kontoinhaber: {n}\nAnschrift: ", bn=bn, gid=_gid(c), mr=c.order("mandate"), n=p.full())
    c.b.add(a.inline())
    c.b.fmt("\nIBAN: {ib}\nDatum der Unterschrift: {d}", ib=c.iban(), d=c.date())
    if c.chance(0.3):
        c.b.fmt("\nHinweis: Die zuerst angegebene IBAN {bad} war ungültig (Prüfziffer).", bad=c.bad_iban("DE"))


def _gid(c):
    from ag_common import N
    return N("DE%02dZZZ%011d" % (c.randint(10, 99), c.randint(0, 99999999999)), "NEG_NUMBER")


def schlichtung(c):
    p, a = c.person(), c.addr()
    c.b.add("Entwurf für den Schlichtungsantrag:\n\n")
    c.b.add(a.block(name=p.full()))
    c.b.fmt("\nTel.: {ph}\nE-Mail: {e}\n\nAn die Schlichtungsstelle\nAktenzeichen des Unternehmens: {t}\n\n"
            "Sehr geehrte Damen und Herren,\n\nseit dem {d} wird mein Anschluss falsch abgerechnet. Der strittige "
            "Betrag beträgt {m}. Eine Einigung mit dem Anbieter kam nicht zustande.\n\nMit freundlichen Grüßen\n{n}",
            ph=c.phone(), e=c.email(p), t=c.ticket(), d=c.date(), m=c.money(), n=p.full())


def zustellnachweis(c):
    p, a, drv = c.person(), c.addr(), c.person()
    c.b.fmt("Zustellnachweis\nSendung: {tr}\nZugestellt an: ", tr=c.tracking())
    c.b.add(a.inline())
    c.b.fmt("\nEmpfangen von: {n}\nZeitpunkt: {ts}\nGPS: {gps}\nZusteller: {dn}\nUnterschrift: {b}",
            n=p.full(), ts=c.ts(), gps=c.coords(), dn=drv.full(), b=c.b64())


def tourenplan(c):
    drv = c.person()
    c.b.fmt("Tourenplan für {d}, Fahrer {n}, Fahrzeug {v}\n\n| Nr. | Zeitfenster | Empfänger | Adresse | Ort | "
            "Sendung |\n|---|---|---|---|---|---|\n", d=c.date(), n=drv.full(), v=c.order("van"))
    for i in range(c.randint(3, 7)):
        p, a = c.person(), c.addr()
        c.b.fmt("| {i} | {sl} | {n} | ", i=i + 1, sl=c.slot(), n=p.full())
        c.b.add(a.street())
        c.b.fmt(" | {cl} | {tr} |\n", cl=I(a.city_line()), tr=c.tracking())
    c.b.fmt("\nHinweis: {h}.", h=c.pick(DELIVERY_NOTES["de"]))


def kuendigung(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Kündigung bestätigt für {n} (Kundennummer {acc}).\n- Halteangebot abgelehnt: {ti}\n- Vertragsende: "
            "{d}\n- Guthaben von {m} wird auf {ib} erstattet\n- Router bitte zurücksenden, Abholadresse: ",
            n=p.variant(), acc=c.account(), ti=c.title(), d=c.date(), m=c.money(), ib=c.iban())
    c.b.add(a.inline())
    c.b.fmt("\n- Bestätigung an {e} verschickt.", e=c.email(p))


def chat_uebergabe(c):
    p = c.person()
    c.b.fmt("Übergabe an den 2nd Level (Chat {cid}):\nKunde {n} ({e}) schreibt von {ip} aus der App {v}. "
            "Das Modem ist seit {ts} offline; Neustart und Werksreset wurden schon gemacht. Rückruf unter {ph}.",
            cid=c.uuid(), n=p.full(), e=c.email(p), ip=c.ip(), v=c.version(), ts=c.ts(), ph=c.phone())


TEMPLATES = [ticket, antwort_mail, gespraech, portierung, installation, zaehlerstand, abrechnung, mandat,
             schlichtung, zustellnachweis, tourenplan, kuendigung, chat_uebergabe]
