"""English chat-style assistant outputs (travel / hospitality / events / property)."""
from ae_common import R, T, J, IG, N


def _gb(cx):
    return cx.loc == "en_GB"


def flight_confirm(cx):
    p = cx.person()
    code = cx.airline()
    (a, ac), (b, bc) = cx.airport_pair()
    intro = cx.pick(["Here's a summary of the booking confirmation:", "I pulled the key details out of the airline e-mail:",
                     "Sure, here are the flight details you asked for:"])
    return R("{intro}\n\n- Booking reference: {pnr}\n- Passenger: {name}\n- Flight: {fl}, {ac} ({a}) to {bc} ({b}) on {d}, departs {hm}\n"
             "- E-ticket: {et}\n- Seat: {seat}\n- Contact on file: {email} / {ph}\n\nOnline check-in opens 24 hours before departure.",
             intro=intro, pnr=cx.pnr(), name=p.name("fl"), fl=cx.flight(code), ac=ac, a=a, bc=bc, b=b, d=cx.travel_date(),
             hm=cx.hm(), et=cx.eticket(code), seat=cx.seat(), email=p.email_e(), ph=p.phone_e())


def manifest_excerpt(cx):
    code = cx.airline()
    rows = []
    for i in range(cx.rng.randint(2, 4)):
        p = cx.person()
        rows.append(R("{i}. {name}  DOB {dob}  passport {pp}  seat {seat}\n", i=str(i + 1), name=p.name("gds"),
                      dob=p.dob_e(cx.pick(["gds", "iso", None])), pp=cx.foreign_passport(), seat=cx.seat()))
    return R("Passenger manifest excerpt for {fl} on {d} (gate {g}):\n\n{rows}\nAll passengers have APIS data complete.",
             fl=cx.flight(code), d=cx.travel_date(), g=cx.gate(), rows=rows)


def hotel_reply(cx):
    p, staff = cx.person(), cx.person()
    ci, co, _, _ = cx.stay()
    regards = "Kind regards" if _gb(cx) else "Best regards"
    return R("Here's a draft reply you can send:\n\nDear {sal} {last},\n\nThank you for choosing {hotel}. Your reservation {conf} "
             "for a {room} from {ci} to {co} is confirmed. The booking is guaranteed with the card {card}, "
             "which will not be charged before arrival.\n\nIf your plans change, simply reply to this e-mail.\n\n"
             "{regards},\n{staff}\nFront Office, {hotel2}",
             sal=p.salutation("en"), last=p.surname(), hotel=cx.title("hotel"), conf=cx.bref(), room=cx.title("room"),
             ci=ci, co=co, card=cx.card(), regards=regards, staff=staff.name("fl"), hotel2=cx.title("hotel"))


def folio_summary(cx):
    p = cx.person()
    brand, _ = cx.card_raw()
    return R("The folio for room {room} ({name}) shows total charges of {tot}, including {mini} for the minibar. "
             "Payment was taken from card {card}. The security deposit of {dep} will be refunded to IBAN {iban} within five working days; "
             "folio number {folio}.",
             room=cx.room(), name=p.name(), tot=cx.price(200, 3000), mini=cx.price(5, 60), card=cx.card(),
             dep=cx.price(100, 500), iban=cx.iban(), folio=cx.bref("res"))


def car_rental(cx):
    p, a = cx.person(), cx.addr()
    lic = "licence" if _gb(cx) else "license"
    (ap, apn), _ = cx.airport_pair()
    return R("Rental agreement {ra}\nDriver: {name}, born {dob}\nDriver's {lic} no.: {dl}\nHome address: {addr}\n"
             "Deposit card: {card} (exp. {exp})\nPick-up: {d} at the {apn} ({ap}) desk, {hm}\nVehicle: Compact SUV, plate assigned at the counter.",
             ra=cx.bref("conf"), name=p.name("fl"), dob=p.dob_e(), lic=lic, dl=cx.licence(), addr=a.full(), card=cx.card(),
             exp="%02d/%02d" % (cx.rng.randint(1, 12), cx.rng.randint(26, 31)), d=cx.travel_date(), apn=apn, ap=ap, hm=cx.hm())


def host_message(cx):
    guest, host, a = cx.person(), cx.person(), cx.addr()
    ci, co, _, _ = cx.stay()
    return R("Hi {first}! Just confirming your stay at {street} from {ci} to {co}. Check-in is from 4 pm; the lockbox is to the left of "
             "the front door and I'll send the code on the morning of arrival. If anything comes up, text me on {ph} or e-mail {em}.\n\n"
             "Cheers,\n{host}",
             first=guest.first_name(), street=a.e(), ci=ci, co=co, ph=host.phone_e(), em=host.email_e(), host=host.name("first"))


def attendee_export(cx):
    rows = []
    diets = ["vegetarian", "vegan", "gluten-free", "no restrictions", "halal", "nut allergy"]
    for _ in range(cx.rng.randint(2, 4)):
        p = cx.person()
        rows.append(R("- {name} <{em}>, badge {badge}, dietary: {diet}\n", name=p.name("fl"), em=p.email_e(),
                      badge=cx.bref("res"), diet=cx.pick(diets)))
    return R("Attendee list for {ev} ({venue}, {d}):\n\n{rows}\nExported at {ts}.", ev=cx.title("event"), venue=cx.title("venue"),
             d=cx.travel_date(), rows=rows, ts=cx.ts("iso_z"))


def wedding_rsvp(cx):
    p, q, a = cx.person(), cx.person(), cx.addr()
    return R("New RSVP for the wedding on {d}:\n\nGuest: {name}\nPlus-one: {plus}\nAttending: yes (ceremony and reception at {venue})\n"
             "Meal: {meal}\nPhone: {ph}\nPostal address for the printed invitation: {addr}\n\nRSVP id {id}.",
             d=cx.travel_date(), name=p.name("fl"), plus=q.name("fl"), venue=cx.title("venue"),
             meal=cx.pick(["fish", "beef", "vegetarian risotto"]), ph=p.phone_e(), addr=a.full(), id=cx.uuid())


def tenancy_summary(cx):
    p, a, prev, ref = cx.person(), cx.addr(), cx.addr(), cx.person()
    extra = R("- SSN: {ssn}\n", ssn=cx.ssn()) if cx.loc == "en_US" and cx.rng.random() < 0.8 else []
    return R("Summary of the tenancy application:\n\n- Applicant: {name}, date of birth {dob}\n- Current address: {cur}\n"
             "- Previous address: {prev}\n- Employer: {emp}, gross monthly income {inc}\n{extra}- Reference: {ref}, {rph}\n"
             "- Contact: {em}\n\nThe applicant wants to move in on {d}.",
             name=p.name("fl"), dob=p.dob_e(), cur=a.full(), prev=prev.full(), emp=cx.company(), inc=cx.price(2000, 9000),
             extra=extra, ref=ref.name("fl"), rph=ref.phone_e(), em=p.email_e(), d=cx.travel_date())


def concierge(cx):
    p = cx.person()
    return R("Of course, {sal} {last}. I've reserved a table for two at {venue} at 8 pm on {d} under the name {name}; "
             "the confirmation ({conf}) has been sent to {em}. Would you also like a car from the hotel at {hm}?",
             sal=p.salutation("en"), last=p.surname(), venue=cx.title("venue"), d=cx.travel_date(), name=p.name("fl"),
             conf=cx.bref("conf"), em=p.email_e(), hm=cx.hm())


def loyalty(cx):
    p = cx.person()
    pts = "{:,}".format(cx.rng.randint(1000, 250000))
    return R("{prog} statement for {name} (member no. {mem})\nTier: {tier}\nBalance: {pts} points\n"
             "Last stay: {hotel}, {ci} - {co}, {earned} points earned\nQuestions? Reply to {biz}.",
             prog=cx.title("program"), name=p.name("fl"), mem=cx.member_no(), tier=cx.title("tier"), pts=cx.num(pts),
             hotel=cx.title("hotel"), ci=cx.stay()[0], co=cx.travel_date(), earned=cx.num(str(cx.rng.randint(200, 9000))),
             biz=cx.business_email())


def insurance_claim(cx):
    p = cx.person()
    return R("I've drafted the claim summary:\n\nClaim {claim} - {name}, DOB {dob}\nPolicy holder address: {addr}\n"
             "Incident: admitted to {hosp} on {d} after a fall during the trip; hospital record no. {mrn}.\n"
             "Amount claimed: {amt}\nReimbursement account: {iban}\nContact: {ph}",
             claim=cx.bref("bkg"), name=p.name("fl"), dob=p.dob_e(), addr=cx.addr().full(), hosp=cx.title("hospital"),
             d=cx.travel_date(), mrn=cx.mrn(), amt=cx.price(300, 9000), iban=cx.iban(), ph=p.phone_e())


def visa_invitation(cx):
    g, host = cx.person(), cx.person()
    ci, co, _, _ = cx.stay()
    return R("Draft invitation letter:\n\nTo the Consular Section,\n\nWe hereby invite {name}, born {dob}, passport no. {pp}, "
             "residing at {addr}, to attend the {ev} at {venue} from {ci} to {co}. Accommodation is booked at {hotel} "
             "(confirmation {conf}) and all costs are covered by the organiser.\n\nFor questions please contact {host} "
             "at {hem} or {hph}.\n\nYours faithfully,\n{host2}",
             name=g.name("fl"), dob=g.dob_e(), pp=cx.foreign_passport(), addr=cx.addr().full(),
             ev=cx.title("event"), venue=cx.title("venue"), ci=ci, co=co, hotel=cx.title("hotel"), conf=cx.bref(),
             host=host.name("fl"), hem=host.email_e(), hph=host.phone_e(), host2=host.name("fl"))


def fraud_check(cx):
    p = cx.person()
    return R("The booking {ref} looks suspicious: it was made from {ip} at {ts}, the card {card} is registered to {name}, "
             "but the guest e-mail is {em}. Three other reservations ({r2}, {r3}) used the same device id {dev}. "
             "I'd hold the booking until the guest confirms by phone ({ph}).",
             ref=cx.bref(), ip=cx.ip4() if cx.rng.random() < 0.8 else cx.ip6(), ts=cx.ts("iso_z"), card=cx.card(),
             name=p.name("fl"), em=cx.person().email_e(), r2=cx.bref(), r3=cx.bref(), dev=cx.hexh(32), ph=p.phone_e())


def booking_qa(cx):
    p = cx.person()
    st = cx.stay()
    code = cx.airline()
    return R("Yes - {name} is booked on {fl} ({d}), seat {seat}, and the return is on {fl2} ({d2}). The ticket {et} was paid "
             "with {card}, total {tot}. Boarding starts at {hm} from gate {g}.",
             name=p.name(), fl=cx.flight(code), d=st[0], seat=cx.seat(), fl2=cx.flight(code), d2=st[1],
             et=cx.eticket(code), card=cx.card(), tot=cx.price(150, 2400), hm=cx.hm(), g=cx.gate())


def group_booking(cx):
    lead = cx.person()
    ci, co, _, _ = cx.stay()
    names = J(*[cx.person().name("fl") for _ in range(cx.rng.randint(2, 4))], sep=", ")
    return R("Group block {blk} at {hotel}: {n} rooms, {ci} to {co}. Lead contact {lead} ({em}, {ph}). Rooming list so far: {names}. "
             "Rate {rate} per night, cut-off {cut}.",
             blk=cx.bref("res"), hotel=cx.title("hotel"), n=cx.num(str(cx.rng.randint(5, 40))), ci=ci, co=co, lead=lead.name("fl"),
             em=lead.email_e(), ph=lead.phone_e(), names=names, rate=cx.price(80, 400), cut=cx.travel_date())


def pms_integration(cx):
    sub = cx.pick(["stripe", "google_api", "jwt", "slack"])
    what = {"stripe": "payment secret key", "google_api": "Maps API key", "jwt": "channel-manager bearer token",
            "slack": "front-desk alert bot token"}[sub]
    return R("Heads-up: the {what} for {hotel} was pasted into the shared onboarding doc: `{key}`. It was last used from {ip} "
             "at {ts} by connector {ver}. Please rotate it and ask {name} ({em}) to update the booking engine settings.",
             what=what, hotel=cx.title("hotel"), key=cx.key(sub), ip=cx.ip4() if cx.rng.random() < 0.7 else cx.ip6(),
             ts=cx.ts("iso_z"), ver=cx.ver(), name=cx.person().name("fl"), em=cx.person().email_e())


TEMPLATES = [("pms_integration", pms_integration), ("flight_confirm", flight_confirm), ("manifest_excerpt", manifest_excerpt), ("hotel_reply", hotel_reply),
             ("folio_summary", folio_summary), ("car_rental", car_rental), ("host_message", host_message),
             ("attendee_export", attendee_export), ("wedding_rsvp", wedding_rsvp), ("tenancy_summary", tenancy_summary),
             ("concierge", concierge), ("loyalty", loyalty), ("insurance_claim", insurance_claim),
             ("visa_invitation", visa_invitation), ("fraud_check", fraud_check), ("booking_qa", booking_qa),
             ("group_booking", group_booking)]
