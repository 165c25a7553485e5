"""ag_chat_en2.py - English assistant outputs: utilities, billing, delivery and logistics."""
from ag_common import I
from ag_vocab import maybe_filler, lead_filler, DELIVERY_NOTES


def _pay(c):
    """Direct debit account for SEPA/GB locales, a card elsewhere."""
    if c.locale in ("de_DE", "fr_FR", "en_GB") or (c.locale == "ru_RU" and c.chance(0.2)):
        return "direct debit from", c.iban()
    return "the card", c.card()


def meter_reading(c):
    p, a = c.person(), c.addr()
    c.b.fmt("{lead}Meter reading received.\n\nAccount holder: {n}\nSupply address: ", lead=lead_filler(c.rng, "en"),
            n=p.full())
    c.b.add(a.inline())
    c.b.fmt("\nMeter serial: {m}\nReading: {r} on {d}\nAccount: {acc}\nWe'll use this on the next bill; no estimate "
            "needed.", m=c.meter(), r=c.reading(), d=c.date(), acc=c.account())


def bill_explainer(c):
    p, a = c.person(), c.addr()
    bname, dom = c.brand("utility")
    how, inst = _pay(c)
    c.b.fmt("Here's a plain-English explanation of the {bn} bill for {n}:\n\n1. Tariff: {ti}\n2. Usage: {r} between "
            "{d1} and {d2}\n3. Total due: {m}, collected by {how} {inst} on {d3}.\n4. Supply address: ",
            bn=bname, n=p.variant(), ti=c.title(), r=c.reading(), d1=c.date(), d2=c.date(), m=c.money(),
            how=how, inst=inst, d3=c.date())
    c.b.add(a.street())
    c.b.fmt(", {cl}.{f}", cl=I(a.city_line()), f=maybe_filler(c.rng, "en"))


def dd_mandate(c):
    p, a = c.person(), c.addr()
    bname, dom = c.brand("utility")
    c.b.fmt("Direct debit mandate captured:\n\nCreditor: {bn}\nMandate reference: {mr}\nDebtor: {n}\nAddress: ",
            bn=bname, mr=c.order("mandate"), n=p.formal())
    c.b.add(a.inline())
    c.b.fmt("\nIBAN: {ib}\nSigned: {d}\nConfirmation e-mailed to {e}.", ib=c.iban(), d=c.date(), e=c.email(p))
    if c.chance(0.35):
        c.b.fmt("\nNote: the first IBAN the customer typed, {bad}, failed validation and was rejected.",
                bad=c.bad_iban(c.pick(["DE", "FR", "GB", "NL"])))


def complaint_letter(c):
    p, a = c.person(), c.addr()
    bname, dom = c.brand(c.pick(["telecom", "utility", "courier"]))
    c.b.add("Draft complaint letter:\n\n")
    c.b.add(a.block(name=p.full()))
    c.b.fmt("\n{e} | {ph}\n\n{d}\n\nTo {bn} Complaints Team\nYour reference: {t}\n\nDear Sir or Madam,\n\nI am "
            "writing about repeated billing errors on account {acc}. Despite three calls since {d2} the overcharge "
            "of {m} has not been corrected. If this is not resolved within eight weeks I will refer the matter "
            "to the Ombudsman.\n\nYours faithfully,\n{n}",
            e=c.email(p), ph=c.phone(), d=c.date(), bn=bname, t=c.ticket(), acc=c.account(), d2=c.date(),
            m=c.money(), n=p.full())


def ombudsman(c):
    p = c.person()
    c.b.fmt("Escalation summary for the Ombudsman case {t}:\n- Complainant: {n}, DOB {dob}\n- Contact: {e}\n"
            "- Deadlock letter issued {d}; disputed amount {m}\n- Our position: back-billing rules were applied "
            "correctly, offer of {m2} goodwill stands.\n- Case handler: {h}",
            t=c.ticket(), n=p.variant(), dob=c.dob(), e=c.email(p), d=c.date(), m=c.money(), m2=c.money(),
            h=c.person().full())


def shipping_label(c):
    s, r = c.person(), c.person()
    sa, ra = c.addr(), c.addr()
    bname, dom = c.brand("courier")
    c.b.fmt("Label text for the {bn} shipment:\n\nFROM:\n", bn=bname)
    c.b.add(sa.block(name=s.upper_last_first() if c.chance(0.3) else s.full()))
    c.b.add("\n\nTO:\n")
    c.b.add(ra.block(name=r.full(), country_lang="en" if c.chance(0.5) else None))
    c.b.fmt("\nTel: {ph}\n\nService: {sv}  Weight: {w}\nTracking: {tr}", ph=c.phone(), sv=c.title("service"),
            w=c.weight(), tr=c.tracking())


def pod_record(c):
    p, a = c.person(), c.addr()
    drv = c.person()
    c.b.fmt("Proof of delivery\nConsignment: {tr}\nDelivered to: ", tr=c.tracking())
    c.b.add(a.inline())
    c.b.fmt("\nSigned by: {n}\nDelivered at: {ts}\nGPS: {gps}\nDriver: {dn} (route {rt})\nPhoto: {b}",
            n=p.full(), ts=c.ts(), gps=c.coords(), dn=drv.full(), rt=c.order("route"), b=c.b64())


def customs(c):
    s, r = c.person(), c.person()
    ra = c.addr()
    c.b.fmt("CN23 customs declaration (summary)\n\nSender: {s}, {se}\nRecipient: {r}\nRecipient address: ",
            s=s.full(), se=c.email(s), r=r.full())
    c.b.add(ra.inline())
    c.b.fmt("\nRecipient phone: {ph}\nContents: 2 x phone case, 1 x charger (HS 8504.40)\nDeclared value: {m}\n"
            "Item ref: {tr}\nReason: sale of goods", ph=c.phone(), m=c.money(), tr=c.tracking())


def rma_form(c):
    p, a = c.person(), c.addr()
    how, inst = _pay(c)
    c.b.fmt("Return authorised.\n\nRMA: {rma}\nOrder: {o}\nCustomer: {n} <{e}>\nCollect from: ",
            rma=c.order("rma"), o=c.order(), n=p.full(), e=c.email(p))
    c.b.add(a.inline())
    c.b.fmt("\nReason: router arrived damaged (serial {sn})\nRefund of {m} via {how} {inst} once the item is "
            "scanned at the depot.", sn=c.order("serial"), m=c.money(), how=how, inst=inst)


def route_sheet(c):
    drv = c.person()
    c.b.fmt("Route sheet - driver {d}, van {v}, {dt}\n\n", d=drv.full(), v=c.order("van"), dt=c.date())
    for i in range(c.randint(3, 7)):
        p, a = c.person(), c.addr()
        c.b.fmt("{i}. {sl}  ", i=i + 1, sl=c.slot())
        c.b.add(a.street())
        c.b.fmt(", {cl} - {n}", cl=I(a.city_line()), n=p.full())
        if c.chance(0.4):
            c.b.fmt(" - {ph}", ph=c.phone())
        c.b.fmt(" - {tr}", tr=c.tracking())
        if c.chance(0.3):
            c.b.fmt(" ({note})", note=c.pick(DELIVERY_NOTES["en"]))
        c.b.add("\n")
    c.b.add("\nReturn undeliverables to the depot before 19:00.")


def missed_delivery(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Hi {n}, we tried to deliver parcel {tr} to ", n=p.full(), tr=c.tracking())
    c.b.add(a.street())
    c.b.fmt(" today at {ts} but nobody was in. You can rebook online or reply to this message from {ph}. "
            "A redelivery fee of {m} applies after the second attempt.", ts=c.ts("hm"), ph=c.phone(), m=c.money())


def cancellation(c):
    p, a = c.person(), c.addr()
    how, inst = _pay(c)
    c.b.fmt("Cancellation processed for {n} (account {acc}).\n- Retention offer declined: {ti}\n- Final bill "
            "date: {d}\n- Refund of {m} to {how} {inst}\n- Return the router to: ",
            n=p.variant(), acc=c.account(), ti=c.title(), d=c.date(), m=c.money(), how=how, inst=inst)
    c.b.add(a.inline())
    c.b.fmt("\n- Confirmation sent to {e}.", e=c.email(p))


def webhook_debug(c):
    bname, dom = c.brand("courier")
    c.b.fmt("The {bn} tracking webhook is failing because the signature check uses the wrong secret. Your config "
            "has `SLACK_BOT_TOKEN={sk}` and `MAPS_KEY={gk}` hard-coded next to it - rotate both. The last failing "
            "delivery was event {u} from {ip} at {ts} (SDK {el}).",
            bn=bname, sk=c.key("slack"), gk=c.key("google_api"), u=c.uuid(), ip=c.ipv4("public"), ts=c.ts(),
            el=c.emaillike())


TEMPLATES = [meter_reading, bill_explainer, dd_mandate, complaint_letter, ombudsman, shipping_label, pod_record,
             customs, rma_form, route_sheet, missed_delivery, cancellation, webhook_debug]
