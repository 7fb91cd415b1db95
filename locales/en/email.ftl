# Emails, in English: the fallback for every other language.
greeting = Dear { $name },
label-when = When
label-where = Where
label-programme = Programme
label-now = Now
label-before = Before
link-event = Event page
link-manage = See or cancel your registration
calendar-adds = The attached calendar file adds the event to your calendar.
calendar-updates = The attached calendar file updates the entry in your calendar.
calendar-removes = The attached calendar file removes the entry from your calendar.
footer = Sent by clustercord, { $url }
kind-exchange_forum = Exchange forum
kind-study_visit = Study visit
confirmed-subject = Confirmed: { $title } — { $when }
confirmed-intro = your seat is confirmed for “{ $title }”.
confirmed-hint = If you cannot come, please cancel so that someone on the waiting list gets your seat.
waitlisted-subject = Waiting list (no. { $position }): { $title }
waitlisted-intro = “{ $title }” is full for now, so you are on the waiting list, number { $position }.
waitlisted-country-intro = “{ $title }” still has free seats, but those for participants from your country are taken for now (at most { $cap } per country), so you are on the waiting list, number { $position }.
waitlisted-hint = When a seat frees up you move up automatically, and we email you at once.
link-waitlist = See your place or leave the waiting list
promoted-subject = A seat for you: { $title } — { $when }
promoted-intro = good news: a seat has freed up and your registration for “{ $title }” is now confirmed.
cancelled-subject = Cancelled: your registration for { $title }
cancelled-intro = your registration for “{ $title }” is cancelled. Thank you for letting us know: your seat goes to the next person on the waiting list.
cancelled-hint = You can register again on the event page while registration is open.
staff-cancelled-subject = Your registration for { $title } was cancelled by the organisers
staff-cancelled-intro = the organisers of “{ $title }” have cancelled your registration.
staff-cancelled-reason = Their message:
staff-cancelled-hint = If you think this is a mistake, reply to this email.
changed-subject = Changed: { $title } — { $when }
changed-intro = the time or place of “{ $title }” has changed.
event-cancelled-subject = Cancelled: { $title } — { $when }
event-cancelled-intro = we are sorry: “{ $title }” has been cancelled. Your registration is void and nothing more is needed from you.
event-cancelled-invitee-intro = we are sorry: “{ $title }”, to which you were invited, has been cancelled. Nothing is needed from you.
invitation-subject = Invitation: { $title } — { $when }
invitation-greeting = Hello,
invitation-intro = you are invited to “{ $title }”, organised by the { $group } thematic group.
invitation-register = Register now
invitation-decline = I cannot come
invitation-seats = Seats are limited and go to those who register first.
reminder-subject = Reminder: { $title } — { $when }
reminder-intro = a reminder that “{ $title }” is coming up. We look forward to seeing you.
unsubscribe = Stop receiving invitations from this group
test-subject = clustercord test message
test-body = This is a test message from clustercord. If you can read it, outgoing mail works.
link-subject = Your registration: { $title }
link-intro = someone (we hope you) tried to register this address again for “{ $title }”. You are registered already; here is the link to your registration.
link-hint = If it was not you, you need do nothing: nobody else can see or change your registration without this link.

## Staff accounts
staff-invitation-subject = Your staff account on clustercord: set your password
staff-invitation-intro = { $inviter } has made you a staff account on clustercord.
staff-invitation-admin = As an admin you manage every thematic group and the staff accounts.
staff-invitation-coordinator = As a coordinator you schedule your groups’ forums and study visits, invite members and follow the registrations.
staff-invitation-action = Set your password
staff-invitation-hint = The link works once, for 7 days. If you did not expect this email, ignore it.
materials-subject = Materials online: { $title }
materials-intro = { $count ->
    [one] One item from “{ $title }” (minutes, slides or photos) is online for its participants.
   *[other] { $count } items from “{ $title }” (minutes, slides or photos) are online for its participants.
}
materials-open = Open the materials
materials-private = The link is yours alone: it also lets you see or cancel your registration.

## B2B meetings
b2b-request-subject = Meeting request from { $name } ({ $organisation }): { $title }
b2b-request-intro = { $name } of { $organisation } ({ $country }) asks you for a B2B meeting at “{ $title }”.
b2b-label-offers = Offers
b2b-label-seeks = Seeks
b2b-label-message = Message
b2b-label-table = Table
b2b-label-with = With
b2b-request-answer = Accept or decline
b2b-request-hint = A request not answered by the time requests close expires. The organisers place accepted meetings at a time and a table, and you receive your agenda before the event.
b2b-accepted-subject = { $name } accepted your meeting request: { $title }
b2b-declined-subject = { $name } declined your meeting request: { $title }
b2b-accepted-intro = { $name } of { $organisation } accepted your request. The organisers will place the meeting at a time and a table, and you will receive your agenda.
b2b-declined-intro = { $name } of { $organisation } declined your request. You can ask other participants while requests are open.
b2b-open-page = Open your B2B meetings
b2b-agenda-subject = Your B2B meetings: { $title }
b2b-agenda-intro = { $count ->
    [one] here is your B2B meeting at “{ $title }”:
   *[other] here are your { $count } B2B meetings at “{ $title }”:
}
b2b-agenda-none = no B2B meeting could be placed for you at “{ $title }”. If you accept requests that are still open, the organisers may place them later.
b2b-agenda-calendar = The attached calendar file adds each meeting to your calendar; a later agenda moves them there.
b2b-calendar-title = B2B meeting: { $name } ({ $organisation })
b2b-calendar-table = Table { $table }
b2b-reminder-subject = Still waiting for your answer: { $name }, { $title }
b2b-reminder-intro = { $name } of { $organisation } ({ $country }) asked you for a B2B meeting at “{ $title }”, and requests close within a day. Please accept or decline, so that the organisers can plan.
b2b-outcome-subject = What came of your B2B meetings? { $title }
b2b-outcome-intro = some time has passed since your B2B meetings at “{ $title }”. Would you tell us, for each meeting, what came of it? It takes a click per meeting and counts in the programme's report.
b2b-outcome-choices = The answers: no further contact, still in contact, or a cooperation agreement reached.
b2b-calendar-dropped = B2B meeting (cancelled)
