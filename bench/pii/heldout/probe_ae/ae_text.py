"""Terse/structured text formats: GDS PNR display, boarding pass + BCBP barcode string,
iCalendar export, hotel folio, passenger manifest table.  Language-neutral (airline/IT style)."""
import datetime

from ae_common import E, N, IG, T, R, J, GDS_MON, fmt_date, rand_date
from ae_people import gds_name
import ae_ids as I


def _gds_d(d):
    return "%02d%s" % (d.day, GDS_MON[d.month - 1])


def gds_pnr(cx):
    code = cx.airline()
    (a, _), (b, _) = cx.airport_pair()
    pax = [cx.person() for _ in range(cx.rng.randint(1, 3))]
    loc = I.pnr(cx.rng)
    office = cx.pick(["FRAL12345", "LONU21188", "PARAF0820", "MOWSU2100", "NYCU28411"])
    d1 = rand_date(cx.rng, 2024, 2026)
    d2 = d1 + datetime.timedelta(days=cx.rng.randint(2, 20))
    out = R("RP/{off}/{off}            AA/SU  {cd}/{hm}Z   {loc}\n", off=office, cd=N("NEG_DATE", fmt_date(cx.rng, d1 - datetime.timedelta(days=30), "en_US", "gds")),
            hm="%02d%02d" % (cx.rng.randint(0, 23), cx.rng.randint(0, 59)), loc=N("NEG_ORDER_ID", loc))
    names = []
    for i, p in enumerate(pax):
        names.append(R("  {i}.{n} {t}", i=str(i + 1), n=p.name("gds"), t="MR" if p.g == "m" else "MRS"))
    out += J(*names) + T("\n")
    k = len(pax) + 1
    for d, (x, y) in ((d1, (a, b)), (d2, (b, a))):
        out += R("  {k}  {fl} Y {d} {wd} {x}{y} HK{n}  {t1} {t2}  {d}  E  {c}/{loc}\n", k=str(k),
                 fl=N("NEG_ORDER_ID", I.flight_no(cx.rng, code, spaced=True)), d=N("NEG_DATE", _gds_d(d)), wd=str(d.isoweekday()),
                 x=x, y=y, n=str(len(pax)), t1="%02d%02d" % (cx.rng.randint(5, 21), cx.rng.choice([0, 10, 25, 40, 55])),
                 t2="%02d%02d" % (cx.rng.randint(0, 23), cx.rng.choice([5, 15, 30, 45])), c=code, loc=N("NEG_ORDER_ID", loc))
        k += 1
    lead = pax[0]
    em = lead.email.upper() if cx.rng.random() < 0.6 else lead.email
    out += R("  {k} APE {em}\n", k=str(k), em=E("EMAIL", em))
    k += 1
    phf = lead.phone_e(kind="intl")[0]
    ph, sub = phf.t, phf.sub
    out += R("  {k} APM {ph}/P1\n", k=str(k), ph=E("PHONE", ph.replace(" ", "").replace("(0)", "").replace("-", "").replace("(", "").replace(")", ""), sub=sub))
    k += 1
    out += R("  {k} TK OK{d}/{off}\n", k=str(k), d=N("NEG_DATE", _gds_d(d1 - datetime.timedelta(days=30))), off=office)
    k += 1
    for i, p in enumerate(pax):
        nat = {"en_US": "USA", "en_GB": "GBR", "de_DE": "DEU", "fr_FR": "FRA", "ru_RU": "RUS"}[p.loc]
        if p.loc == "ru_RU" and code in ("SU", "S7"):
            doc = R("PS/RUS/{pp}/RUS", pp=cx.ru_passport("plain"))
        else:
            doc = R("P/{n}/{pp}/{n}", n=nat, pp=cx.foreign_passport(p.loc))
        out += R("  {k} SSR DOCS {c} HK1 {doc}/{dob}/{g}/{exp}/{nm}/P{i}\n", k=str(k), c=code, doc=doc,
                 dob=p.dob_e("gds"), g="M" if p.g == "m" else "F",
                 exp=N("NEG_DATE", fmt_date(cx.rng, rand_date(cx.rng, 2026, 2034), "en_US", "gds")), nm=p.name("gds"), i=str(i + 1))
        k += 1
    for i, p in enumerate(pax):
        out += R("  {k} FA PAX {et}/ET{c}/{cur}{amt}/{d}/{off}/P{i}\n", k=str(k), et=cx.eticket(code, "dash"), c=code,
                 cur=cx.pick(["EUR", "USD", "GBP"]), amt=N("NEG_NUMBER", "%.2f" % cx.rng.uniform(120, 2400)),
                 d=N("NEG_DATE", fmt_date(cx.rng, d1 - datetime.timedelta(days=30), "en_US", "gds")), off=office, i=str(i + 1))
        k += 1
    brand, num = cx.card_raw(cx.pick(["visa", "mastercard", "amex"]))
    bc = {"visa": "VI", "mastercard": "CA", "amex": "AX"}[brand]
    out += R("  {k} FP CC{bc}{num}/{exp}*CVA\n", k=str(k), bc=bc, num=E("CREDIT_CARD", num, sub=brand),
             exp="%02d%02d" % (cx.rng.randint(1, 12), cx.rng.randint(26, 31)))
    return out


def boarding_pass(cx):
    p = cx.person()
    code = cx.airline()
    (a, _), (b, _) = cx.airport_pair()
    d = rand_date(cx.rng, 2024, 2026)
    fl = cx.rng.randint(1, 2999)
    seat = I.seat(cx.rng)
    loc = I.pnr(cx.rng)
    seq = cx.rng.randint(1, 300)
    gname = gds_name(p.last) + "/" + gds_name(p.first)
    pad = " " * max(1, 20 - len(gname + (" MR" if p.g == "m" else " MS")))
    title = " MR" if p.g == "m" else " MS"
    jul = d.timetuple().tm_yday
    seat_bc = "%03d%s" % (int(seat[:-1]), seat[-1])
    hdr = {"en": "BOARDING PASS", "de": "BORDKARTE / BOARDING PASS", "fr": "CARTE D'EMBARQUEMENT / BOARDING PASS",
           "ru": "ПОСАДОЧНЫЙ ТАЛОН / BOARDING PASS"}[cx.lang]
    return R("{hdr}\nName: {nm}{t}\nFlight {fl}   Date {d}   From {a}   To {b}\nSeat {seat}   Gate {g}   Boarding {hm}   Seq {seq}\n"
             "Booking ref {loc}   ETKT {et}\nBarcode data: M1{nm2}{t}{pad}E{loc2} {a}{b}{c} {fl4} {jul}Y{seatbc}{seq4} 100\n",
             hdr=hdr, nm=E("PERSON", gname, sub=p.lang), t=title, fl=N("NEG_ORDER_ID", "%s %d" % (code, fl)),
             d=N("NEG_DATE", _gds_d(d)), a=a, b=b, seat=N("NEG_NUMBER", seat), g=cx.gate(), hm=cx.hm(), seq="%03d" % seq,
             loc=N("NEG_ORDER_ID", loc), et=cx.eticket(code, "plain"), nm2=E("PERSON", gname, sub=p.lang), pad=pad,
             loc2=N("NEG_ORDER_ID", loc), c=code.ljust(3), fl4="%04d" % fl, jul="%03d" % jul, seatbc=seat_bc, seq4="%04d" % seq) + (
        R("Mobile pass image: {img}\n", img=cx.b64(cx.rng.randint(40, 120), png=True)) if cx.rng.random() < 0.4 else [])


def ical(cx):
    guest, host, a = cx.person(), cx.person(), cx.addr()
    d1 = rand_date(cx.rng, 2024, 2026)
    d2 = d1 + datetime.timedelta(days=cx.rng.randint(1, 10))
    loc = I.pnr(cx.rng)
    summary = cx.pick(["Reserved", "Booking", "Reservierung", "Réservation", "Бронь"])
    street_tail = a.tail.replace(",", "\\,")
    return R("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//StayPlus//Calendar Export {v}//EN\nBEGIN:VEVENT\nUID:{uid}\nDTSTAMP:{ts}\n"
             "DTSTART;VALUE=DATE:{d1}\nDTEND;VALUE=DATE:{d2}\nSUMMARY:{sm} - {gn} ({loc})\nLOCATION:{street}\\, {tail}\n"
             "ORGANIZER;CN={hn}:mailto:{hem}\nATTENDEE;CN={gn2};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{gem}\n"
             "DESCRIPTION:Guest phone: {gph}\\nGuests: {n}\\nPayout: {amt}\nEND:VEVENT\nEND:VCALENDAR\n",
             v=cx.ver(), uid=cx.ical_uid(), ts=cx.ts("ical"), d1=N("NEG_DATE", d1.strftime("%Y%m%d")), d2=N("NEG_DATE", d2.strftime("%Y%m%d")),
             sm=summary, gn=guest.name("fl"), loc=N("NEG_ORDER_ID", loc), street=a.e(), tail=IG(street_tail), hn=host.name("fl"),
             hem=host.email_e(), gn2=guest.name("fl"), gem=guest.email_e(), gph=guest.phone_e(), n=str(cx.rng.randint(1, 5)),
             amt=cx.price(100, 3000))


def manifest_table(cx):
    code = cx.airline()
    rows = []
    for i in range(cx.rng.randint(3, 7)):
        p = cx.person(cx.pick(["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU", cx.loc, cx.loc]))
        nat = {"en_US": "USA", "en_GB": "GBR", "de_DE": "DEU", "fr_FR": "FRA", "ru_RU": "RUS"}[p.loc]
        rows.append(R("{i}  {nm}  {g}  {dob}  {nat}  {pp}  {seat}\n", i="%3d" % (i + 1), nm=p.name("gds"),
                      g=p.g.upper(), dob=p.dob_e("gds"), nat=nat, pp=cx.foreign_passport(p.loc), seat=cx.seat()))
    return R("PASSENGER MANIFEST  {fl}  {d}  {a}-{b}\nSEQ  NAME  SEX  DOB  NAT  DOC  SEAT\n{rows}TOTAL PAX {n}\n",
             fl=cx.flight(code), d=cx.travel_date(style="gds"), a=cx.airport_pair()[0][0], b=cx.airport_pair()[1][0],
             rows=rows, n=str(len(rows)))


def folio_text(cx):
    p = cx.person()
    hdr = {"en": ("Guest Folio", "Guest", "Room", "Arrival", "Departure", "Date", "Description", "Amount", "Payment", "Balance"),
           "de": ("Gastrechnung", "Gast", "Zimmer", "Anreise", "Abreise", "Datum", "Beschreibung", "Betrag", "Zahlung", "Saldo"),
           "fr": ("Note d'hôtel", "Client", "Chambre", "Arrivée", "Départ", "Date", "Libellé", "Montant", "Règlement", "Solde"),
           "ru": ("Счёт гостя", "Гость", "Номер", "Заезд", "Выезд", "Дата", "Услуга", "Сумма", "Оплата", "Остаток")}[cx.lang]
    items = {"en": ["Room charge", "Breakfast", "Minibar", "Parking", "City tax", "Spa"],
             "de": ["Logis", "Frühstück", "Minibar", "Garage", "Kurtaxe", "Wellness"],
             "fr": ["Hébergement", "Petit-déjeuner", "Minibar", "Parking", "Taxe de séjour", "Spa"],
             "ru": ["Проживание", "Завтрак", "Мини-бар", "Парковка", "Курортный сбор", "СПА"]}[cx.lang]
    ci, co, d1, d2 = cx.stay()
    lines = []
    for _ in range(cx.rng.randint(3, 7)):
        ld = d1 + datetime.timedelta(days=cx.rng.randint(0, max(0, (d2 - d1).days - 1)))
        lines.append(R("{d}  {it}  {amt}\n", d=cx.travel_date(ld, style="iso"), it=cx.pick(items), amt=cx.price(5, 300)))
    return R("{hotel} — {h0} {nr}\n{h1}: {name}    {h2}: {room}\n{addr}\n{h3}: {ci}   {h4}: {co}\n\n{h5}  {h6}  {h7}\n{lines}\n"
             "{h8}: {card}   Auth {auth}\n{h9}: {zero}\n",
             hotel=cx.title("hotel"), h0=hdr[0], nr=cx.bref("res"), h1=hdr[1], name=p.name(), h2=hdr[2], room=cx.room(),
             addr=cx.addr().full(), h3=hdr[3], ci=ci, h4=hdr[4], co=co, h5=hdr[5], h6=hdr[6], h7=hdr[7], lines=lines,
             h8=hdr[8], card=cx.card(), auth=cx.bref("hx"), h9=hdr[9],
             zero={"en_US": "$0.00", "en_GB": "£0.00", "de_DE": "0,00 €", "fr_FR": "0,00 €", "ru_RU": "0 ₽"}[cx.loc])


SECTIONS = [("gds_pnr", gds_pnr), ("boarding_pass", boarding_pass), ("ical", ical), ("manifest_table", manifest_table),
            ("folio_text", folio_text)]
