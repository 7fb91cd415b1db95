# The staff area, in English: the fallback for every other language.
# Placeables: $name, $title, $group, $count, $when, $email, $total ... are filled in
# by the pages; keep them as they are and translate the words around them.

## Shared words
staff-save = Save
staff-actions = Actions
staff-event = Event
staff-when = When
staff-status = Status
staff-seats = Seats
staff-name = Name
staff-email = Email
staff-organisation = Organisation
staff-country = Country
staff-language = Language
staff-role = Role
staff-groups = Groups
staff-public-page = Public page
staff-mailing-list = Mailing list
staff-registrations = Registrations
staff-invitations = Invitations
staff-schedule = Schedule an event
staff-no-go-back = No, go back
staff-no-keep = No, keep it
staff-deleted-user = (deleted user)
staff-optional = (optional)
status-draft = draft
status-published = published
status-cancelled = cancelled
status-confirmed = confirmed
status-waitlisted = waiting
status-pending = waiting
status-sent = sent
status-failed = failed
status-invited = invited
status-registered = registered
status-declined = declined
attendance-attended = attended
attendance-no_show = no-show
role-admin = admin
role-coordinator = coordinator

## Sign-in and password
login-title = Staff sign-in
login-intro = For group coordinators and administrators.
login-password = Password
login-submit = Sign in
login-wrong = The email or password is wrong.
login-too-many = Too many failed attempts from your address. Try again in { $wait }.
login-password-set = Your password is set: sign in with your email address and the new password.
password-title = Set your password
password-intro = Choose a password of at least 12 characters for your clustercord staff account. A few words you remember make a good one.
password-new = New password
password-again = The same again
password-submit = Set my password
password-link-gone = This link is used already or has expired. Ask the administrator who invited you for a new one, or sign in if you have set your password.
password-sign-in = Sign in
password-differ = The two passwords differ; type the same one twice.
password-short = The password must be at least 12 characters.

## The staff home (dashboard)
dash-title = Staff area
dash-welcome = Welcome, { $name }
dash-you-admin = You are signed in as an administrator: you manage every thematic group.
dash-you-coordinator = You are signed in as a coordinator of the groups below.
dash-coming = Coming events
dash-seats-taken = Seats taken
dash-waiting = Waiting
dash-of-capacity = { $count } of { $capacity }
dash-invited = { $count } sent: { $registered } registered, { $declined } declined
dash-invite = Invite people
dash-no-coming = No published event is coming up.
dash-drafts = Drafts waiting to be published ({ $count })
dash-failed = Mail that failed ({ $count })
dash-failed-see = See and retry them
dash-all-groups = All groups
dash-your-groups = Your groups
dash-no-groups = No group is assigned to you yet. Ask an administrator.
dash-recent = Last staff actions
dash-recent-all = The whole audit log
dash-mail = Outgoing mail and its delivery
dash-accounts = Staff accounts
dash-audit = Audit log
dash-erase = Erase a person's data
deadline-closed = registration closed
deadline-today = registration closes today
deadline-tomorrow = registration closes tomorrow
deadline-days = registration closes in { $count } days

## A group's events
group-events-title = { $group }: events
group-events-caption = Events of { $group }
group-register-list = Registrations
group-invite = Invite
group-edit = Edit
group-publish = Publish
group-cancel = Cancel…
group-no-events = No events yet. Schedule the group's first exchange forum or study visit.
group-public = Public page of the group
group-feed-ics = Calendar feed (.ics)
notice-created = The event was saved as a draft. Publish it when it is ready.
notice-published = Published: the event is on the public pages and in the calendar feed.
notice-updated = Your changes were saved. Registrants are told of a new time or place.
notice-cancelled = The event was cancelled. Registrants are being told by email.

## The event form
form-new = Schedule an event for { $group }
form-edit = Edit “{ $title }”
form-correct = Please correct the marked fields ({ $count }).
form-what = What
form-kind = Kind
form-title = Title
form-description = Description
form-when = When
form-local-time = Local time of the venue.
form-starts = Starts
form-ends = Ends
form-timezone = Time zone of the venue
form-where = Where
form-venue = Venue
form-address = Address
form-city = City
form-country = Country (ISO code, e.g. IT)
form-host = Host organisation (study visits)
form-seats = Seats
form-capacity = Seats (empty: no limit)
form-country-cap = Most seats per country (empty: no cap)
form-deadline = Registration deadline (optional)
form-agenda = Agenda or itinerary
form-agenda-hint = Sessions with speakers for a forum; stops with a place for a study visit. Leave a row empty to skip it.
form-add-row = Add a row
form-from = From
form-to = To
form-speaker = Speaker
form-place = Place
form-row-error = This row { $message }
form-overlap = Schedule it anyway, overlapping the other event
form-past = This event lies in the past. Tick the box below to save it all the same.
form-past-confirm = Save it although it lies in the past
form-back = Back without saving
form-overlap-problem = This overlaps “{ $title }” ({ $when }) in this group. Tick “Schedule it anyway” below to save it all the same.

## Registrations of an event
regs-title = Registrations: { $title }
regs-csv = Download CSV
regs-sheet = Printable attendance sheet
regs-participation = Participation
regs-confirmed = confirmed
regs-waiting = waiting
regs-cancelled = cancelled
regs-attended = attended
regs-seats-left = seats left
regs-by-country = By country
regs-by-kind = By kind of organisation
regs-kind = Kind of organisation
regs-head-confirmed = Confirmed
regs-head-waiting = Waiting
regs-head-cancelled = Cancelled
regs-head-attended = Attended
regs-none-yet = No registrations yet.
regs-note = Note
regs-attendance-of = Attendance of { $name }
regs-not-marked = not marked
regs-cancel = Cancel registration
regs-nobody = Nobody has registered yet.

## Cancelling a registration
rcancel-title = Cancel the registration of { $name }?
rcancel-crumb = Cancel a registration
rcancel-who = { $name } ({ $email }, { $country }) is { $status } for “{ $title }”, { $when }.
rcancel-told = They will get an email that the organisers cancelled their registration, in their language, with a calendar update that removes the event.
rcancel-seat = Their seat goes to the next person on the waiting list who fits.
rcancel-already = This registration is cancelled already.
rcancel-message = Message to { $name } (optional)
rcancel-hint = Say why, in words they will understand; it is sent as you type it.
rcancel-submit = Yes, cancel the registration

## Cancelling an event
ecancel-title = Cancel “{ $title }”?
ecancel-registrants = { $count ->
    [one] { $count } registered person will get an email that the event is cancelled, with a calendar update that removes it.
   *[other] { $count } registered people will get an email that the event is cancelled, with a calendar update that removes it.
}
ecancel-nobody = Nobody is registered yet.
ecancel-invitees = Invitees who have not answered are told too.
ecancel-final = This cannot be undone.
ecancel-message = Message to them (optional)
ecancel-hint = Why, and what comes next (a new date, perhaps); it is sent as you type it.
ecancel-submit = Yes, cancel the event

## The mailing list
members-title = { $group }: mailing list
members-import-done = Import done:
members-import-counts = { $added } added, { $updated } updated, { $refused } refused.
members-line = Line { $line }: { $reason }
members-add = Add a member
members-country = Country (ISO code)
members-language = Language of their mail
members-add-submit = Add
members-import = Import a spreadsheet
members-import-hint = A CSV file (UTF-8) with a header row: name, email, organisation, country, language. Addresses already on the list are updated, not doubled. A file that cannot be read imports nothing.
members-file = CSV file
members-import-submit = Import
members-download = Download the list as CSV
members-total = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
members-page-of = Page { $page } of { $pages }
members-by-name = Page { $page } of { $pages }, by name.
members-unsubscribed = unsubscribed
members-remove = Remove
members-pages = Pages of the list
members-previous = ‹ Previous
members-next = Next ›
members-empty = No members yet: add them above or import a spreadsheet.
members-removed = Removed from the mailing list.
members-choose-file = Choose a file to import: a CSV whose first row names the columns.
members-nothing-imported = Nothing was imported: the file { $reason }.
mremove-title = Remove { $name } from the mailing list?
mremove-crumb = Remove
mremove-text = { $name } ({ $email }, { $country }) will get no more invitations from { $group }. Registrations they made stay as they are; they are not told.
mremove-submit = Yes, remove { $name }
mremove-keep = No, keep them

## Invitations
inv-title = Invitations: { $title }
inv-heading = Invite people to “{ $title }”
inv-who = Who
inv-to-group = Every member of { $group } (each in their own language)
inv-to-list = These addresses (in English):
inv-addresses = Addresses, one per line
inv-placeholder = one address per line
inv-resend = Send again to people invited before
inv-submit = Send invitations
inv-invited = Invited ({ $count })
inv-answer = Answer
inv-when-invited = Invited
inv-nobody = Nobody invited yet.
inv-queued = { $count ->
    [one] { $count } invitation queued; it goes out within a minute.
   *[other] { $count } invitations queued; they go out within a minute.
}
inv-skipped = { $count ->
    [one] { $count } person was left out: invited before or unsubscribed.
   *[other] { $count } people were left out: invited before or unsubscribed.
}
inv-none-given = Choose the group's members or give at least one address.
inv-bad-addresses = These are not email addresses: { $list }. Nothing was sent.
iconfirm-title = Invite { $group }?
iconfirm-crumb = Confirm
iconfirm-heading = Invite the members of { $group }?
iconfirm-count = { $count ->
    [one] { $count } person will get an invitation by email, in their own language.
   *[other] { $count } people will get an invitation by email, each in their own language.
}
iconfirm-left-out = Members invited before are left out.
iconfirm-unsubscribed = Members who unsubscribed get nothing.
iconfirm-submit = { $count ->
    [one] Yes, send { $count } invitation
   *[other] Yes, send { $count } invitations
}
iconfirm-nobody = Nobody would be mailed: every member was invited before or unsubscribed. Tick “Send again to people invited before” to invite them once more.

## Outgoing mail
mail-title = Outgoing mail
mail-all = all
mail-to = To
mail-subject = Subject
mail-attempts = Attempts
mail-last-error = Last error
mail-retry = Retry
mail-none = No messages.
mail-none-status = No messages match these filters.
mail-intro = The newest 500 messages, with times in { $zone }.
mail-any-event = every event
mail-day = Written on
mail-written = Written
mail-show-text = Read
mail-text = The message as sent (plain text)
mail-back = Back to the outgoing mail

## Audit log
audit-title = Audit log
audit-intro = What staff did, newest first (the last 500 actions), with times in { $zone }.
audit-when = When
audit-who = Who
audit-action = Action
audit-on = On
audit-detail = Detail
audit-none = Nothing recorded yet.
audit-group = Group
audit-any = every group
audit-anyone = anyone
audit-filter = Show

## Staff accounts
acc-title = Staff accounts
acc-who-has = Who has an account ({ $count })
acc-who = Who
acc-state = State
acc-all = all
acc-disabled = disabled
acc-invited = invited, no password yet
acc-active = active
acc-change = Change
acc-invite = Invite someone
acc-invite-hint = They get an email with a link to set their own password (it works once, for 7 days).
acc-name-hint = (shown to other staff)
acc-role-coordinator = Coordinator of the groups ticked below
acc-role-admin = Admin: every group and the staff accounts
acc-groups-coordinator = (for a coordinator)
acc-invite-language = Language of the invitation
acc-invite-submit = Send the invitation
acc-active-box = May sign in (untick to disable: their sessions and API tokens end at once)
acc-back = Back to the accounts
acc-notice-invited = The invitation is on its way: the link to set a password works for 7 days.
acc-notice-saved = The account is saved.

## Erasing a person's data
erase-title = Erase a person's data
erase-done = Erased.
erase-done-counts = { $registrations } registrations, { $invitations } invitations, { $members } mailing-list entries and { $messages } messages were deleted.
erase-nothing = Nothing is held for { $email }: no registration, invitation, mailing-list entry or message.
erase-found = For { $email } we hold { $registrations } registrations, { $invitations } invitations, { $members } mailing-list entries and { $messages } messages. Erasing deletes all of them and cannot be undone.
erase-submit = Yes, erase everything held for { $email }
erase-intro = When someone asks to be forgotten, this deletes everything held for their address: their registrations in every event (a seat they held before an event goes to the next person waiting), their invitations, their entries on every group's mailing list, and every email sent or waiting to be sent to them. You will see what would be deleted before anything is. The audit log records that an erasure happened, not whose.
erase-address = Their email address
erase-show = Show what is held for this address
erase-bad-address = Enter the address as it was given to us, like name@example.org.

## The attendance sheet
sheet-title = Attendance sheet: { $title }
sheet-date = Date:
sheet-venue = Venue:
sheet-back = Back
sheet-print = Print this page from your browser (Ctrl+P).
sheet-signature = Signature
sheet-total = { $count ->
    [one] { $count } confirmed participant.
   *[other] { $count } confirmed participants.
}
sheet-organiser = Signature of the organiser:

## Field errors of the staff forms
field-after-start = must be after the start
field-before-start = must be before the event starts
field-within-event = must lie within the event's start and end
field-after-previous = must come after the item before it
field-timezone = must be an IANA time zone such as Europe/Rome
field-timezone-perhaps = must be an IANA time zone name: perhaps { $list }
field-capacity = must be a whole number from 1 to 100000, or empty for no limit
field-country-cap = must be a whole number of at least 1, or empty for no cap
field-cap-above-capacity = must not be larger than the seats
field-below-confirmed = cannot be lower than the { $count } confirmed registrations
field-below-country = cannot be lower than the { $count } confirmed registrations of one country
field-time = must be a date and time
field-password-short = must be at least 12 characters
wait-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
wait-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
inv-started = The event has begun: invitations are only sent for events to come.
field-number = must be a whole number
acc-language = Language of their pages and mail
acc-language-browser = as their browser asks
acc-again-heading = Send the link again
acc-again-hint = The invitation has not been answered: send a new link to set a password (it works once, for 7 days); the links sent before stop working.
acc-again-submit = Send a new link
acc-reset-hint = They get a link to set a new password (it works once, for 7 days); their current password works until then.
inv-publish-first = Publish the event before inviting people to it.
acc-last-admin = This is the last active admin: make another admin first.
acc-exists = A staff account for { $email } exists already.
field-language = must be one of en, it, de, hu, sk, cs, pl, sl
members-earlier = { $email } appears earlier in the file
epublish-title = Publish “{ $title }”?
epublish-overlap = It overlaps “{ $title }” ({ $when }) in this group. Publish it all the same?
epublish-anyway = Publish anyway
event-edit = Edit event
members-no-column = has no column { $columns } in its header row
members-not-csv = is not well-formed CSV ({ $detail })
audit-act-event-schedule = event scheduled
audit-act-event-change = event changed
audit-act-event-publish = event published
audit-act-event-cancel = event cancelled
audit-act-event-invite = invitations sent
audit-act-registration-cancel = registration cancelled
audit-act-registration-attendance = attendance marked
audit-act-members-add = member added
audit-act-members-remove = member removed
audit-act-members-import = members imported
audit-act-group-create = group created
audit-act-staff-invite = staff member invited
audit-act-staff-reinvite = new sign-in link sent
audit-act-staff-change = staff account changed
audit-act-person-erase = person erased
audit-act-mail-retry = mail sent again
audit-act-export = list exported
members-added = Saved on the mailing list.
regs-done-attendance = Attendance saved.
regs-done-cancelled = Registration cancelled. The person is told by email.
form-audience = Who it is for
form-audience-hint = Internal meetings of the project never count in the programme's indicators.
audience-closed = Invited or registered participants
audience-public = Open to anyone
audience-internal = Internal project meeting
planed-title = Strategic plan of { $group }
planed-saved = Saved.
planed-adopted = Adopted: this version is frozen as it stands.
planed-deleted = Key action deleted.
planed-moved = Moved.
planed-adopted-badge = adopted
planed-text = Title and summary
planed-summary = Summary
planed-summary-hint = Plain text; leave an empty line between paragraphs.
planed-create = Create the plan
planed-up = Up
planed-down = Down
planed-delete = Delete
planed-add = Add a key action
planed-parent = Part of
planed-top-level = (a key action of its own)
planed-add-button = Add and open it
planed-versions = Adoption and versions
planed-adopt-hint = Adopting freezes the plan as it stands as version { $version }; that version stays readable as it was, whatever changes later.
planed-adopt = Adopt as version { $version }
planed-version = Version { $version }, { $when }
planed-compare = compare with now
planed-owners-hint = One per line: organisation, country code (Milano Metropoli, IT).
planed-targets = Targets
planed-targets-hint = Leave a target empty where it does not apply. Progress is the mean over the targets that are set.
planed-events = Events of the group this action serves
planed-progress = Progress
planed-progress-now = Now { $percent } %
planed-manual = Set the progress by hand
planed-percent = Progress in percent (0 to 100)
planed-reason = Why (required when set by hand)
compare-title = Version { $version } beside the plan now
compare-changed = changed
compare-same = unchanged
compare-change = Change
compare-then = In version { $version }
compare-now = Now
compare-added = added
compare-removed = removed
compare-field-title = title
compare-field-description = description
compare-field-due = due date
compare-field-status = status
compare-field-owners = owners
compare-field-targets = targets
compare-field-events = events
staff-plan = Strategic plan
staff-materials = Materials
mat-added = Material added.
mat-deleted = Material deleted.
mat-told = The confirmed participants are told, each in their language.
mat-list = Materials
mat-tell-hint = Sends each confirmed participant a mail, in their language, with their own link to the materials they may see.
mat-tell = Tell the participants the materials are online
mat-none = No materials yet.
mat-add = Add a file or a link
mat-kind = Kind
mat-language = Language of the material
mat-any-language = (any or several)
mat-visibility = Who may see it
mat-vis-participants = Confirmed participants
mat-vis-public = Anyone
mat-vis-staff = Staff of the group only
mat-file = File (at most 25 MB)
mat-file-hint = Or leave it empty and give a link below (a video, a shared folder).
mat-url = Link (http or https)
mat-add-button = Add
form-serves = Key actions of the plan this event serves
field-day = must be a day
field-target = must be a whole number from 1 to 1,000,000, or empty
field-percent = must be a percentage from 0 to 100
field-events-group = must be events of this action's group
field-parent = must be a key action of its own in this plan (sub-actions have none)
field-web-link = must be an address starting with http:// or https://
field-file-or-link = give a file or a link, not both
audit-act-plan-change = plan changed
audit-act-plan-adopt = plan adopted
audit-act-action-add = key action added
audit-act-action-change = key action changed
audit-act-action-delete = key action deleted
audit-act-action-move = key action moved
audit-act-action-link = event linked to key actions
audit-act-material-add = material added
audit-act-material-delete = material deleted
audit-act-material-announce = participants told of materials
mat-last-told = They were last told on { $when }.
mat-tell-again = Tell the participants again
reports-title = Reports
reports-intro = The figures the programme asks for, from the events held in a period: each one links to the participations behind it.
reports-presets = Reporting periods
reports-field-from = From
reports-field-to = To
reports-field-group = Groups
reports-field-label = Label
reports-groups-hint = None ticked: every group you coordinate.
reports-show = Show the figures
reports-invalid = These figures cannot be shown:
reports-period = { $from } to { $to }
reports-figures = Figures
reports-events-held = events held
reports-events-split = forums: { $forums } · study visits: { $visits } · public: { $public }
reports-registrations = confirmed registrations
reports-participations = participations
reports-no-shows = no-shows
reports-people = people
reports-organisations = organisations
reports-new-returning = { $new } new, { $returning } returning
reports-countries = countries
reports-indicators = Programme indicators
reports-indicator = Indicator
reports-indicator-what = What it counts
reports-value = Value
reports-rco81 = Participations in joint actions across borders (attendances at closed events)
reports-rco115 = Public events held
reports-rco87 = Organisations cooperating across borders (attended an event with people from two or more countries)
reports-rco83 = Strategies and action plans jointly developed (adopted in the period, owners from two or more countries)
reports-by-country = Participations by country
reports-by-kind = Participations by kind of organisation
reports-by-month = Participations per month
reports-none = No participations in this period.
reports-download = Downloads
reports-download-hint = The workbook and the CSV name the participants: each download is recorded in the audit log.
reports-xlsx = Workbook (XLSX)
reports-csv = Rows (CSV)
reports-evidence = Evidence pack (ZIP)
reports-freeze = Freeze these figures
reports-freeze-hint = A snapshot keeps the figures exactly as they are now, whatever is changed or erased later: freeze them when you report the period.
reports-label = Label
reports-label-example = Period 3 report
reports-freeze-button = Freeze the report
reports-snapshots = Frozen reports
reports-frozen-on = frozen { $when }
reports-no-snapshots = No report has been frozen yet.
reports-periods = Reporting periods of the programme
reports-periods-hint = The periods set here are offered to every coordinator as presets.
reports-period-delete = Remove
reports-period-example = Period 3
reports-period-add = Add the period
reports-frozen = These figures were frozen { $when } and do not change.
reports-rows-participations = Participations
reports-rows-no_shows = No-shows
reports-rows-registrations = Registrations
reports-rows-count = rows: { $count }
reports-day = Day
reports-attendance = Attendance
reports-erased = (erased)
reports-mark-attended = attended
reports-mark-no_show = did not come
reports-mark-unmarked = not marked
dash-reports = Reports
field-not-before-from = must not be before the first day
field-ten-years = must be at most ten years after the first day
field-period-label-taken = is the label of another period
audit-act-organisation-merge = Organisations merged
audit-act-report-snapshot = Report frozen
audit-act-report-period-add = Reporting period added
audit-act-report-period-delete = Reporting period removed
attimp-title = Attendance imported
attimp-refused = Rows not imported
attimp-line = Line { $line }
attimp-back = Back to the registrations
attimp-heading = Import the attendance
attimp-hint = For an event held before it was in clustercord, or marked on paper: a CSV file (UTF-8) with a header row: name, email, organisation, country, kind, attended (yes or no). Each row becomes a confirmed registration, or marks the one already held for that address. No one is emailed.
attimp-file = Attendance file (CSV)
audit-act-attendance-import = Attendance imported
field-yes-no = must be yes or no (or empty when not recorded)
reports-col-people = People
reports-col-organisations = Organisations
reports-frozen-xlsx = Frozen figures (XLSX)
reports-download-live = They hold the figures as they are now; a frozen report keeps its own, which its page downloads.
dash-organisations = Organisations
orgs-title = Organisations
orgs-intro = Every organisation that has registered, counted once however it was spelled. Search for one, see its registrations, or merge two spellings of the same organisation.
orgs-search = Name or another spelling
orgs-search-button = Search
orgs-aliases = Also spelled
orgs-participations = Participations
orgs-none = No organisation matches.
orgs-limited = Only the first { $count } are shown: narrow the search.
orgs-registrations = Registrations
orgs-registrations-hint = At the events of the groups you coordinate.
orgs-no-registrations = No registration at these events.
orgs-merge = Merge into another organisation
orgs-merge-hint = If this is another spelling of an organisation in the same country, merge it: its registrations and members then count for that organisation, and this spelling is matched to it whenever someone types it again. The merge is recorded in the audit log.
orgs-merge-into = The organisation it really is
orgs-merge-button = Merge
orgs-merge-nothing = There is no other organisation in this country to merge it with.

## B2B meetings
b2b-staff-heading = B2B meetings
b2b-staff-session = Session
b2b-staff-session-hint = Times are in the event's time zone. The window is cut into slots of the chosen length; what is left at the end stays free.
b2b-field-starts_at = Meetings start
b2b-field-ends_at = Meetings end
b2b-field-slot_minutes = Minutes per meeting
b2b-field-tables = Tables
b2b-field-requests_close_at = Requests close
b2b-staff-save-session = Save session
b2b-staff-figures = Where it stands
b2b-staff-profiles = Profiles
b2b-staff-requests = Requests
b2b-staff-requests-counts = { $pending } waiting, { $accepted } accepted, { $declined } declined
b2b-staff-placed = Meetings placed
b2b-staff-placed-of = { $placed } of at most { $bound } the rules allow
b2b-staff-replan = Plan afresh (locked meetings stay)
b2b-staff-schedule = Schedule accepted requests
b2b-staff-publish = Publish agendas by email
b2b-staff-publish-again = Send the agendas again
b2b-staff-published-at = Agendas first published { $when }.
b2b-staff-print = Table plan and name cards
b2b-staff-unplaced = Accepted but not placed
b2b-staff-meetings = Meetings by slot
b2b-staff-who = Who meets
b2b-staff-move = Move by hand
b2b-staff-move-lock = Move and lock
b2b-staff-slot = Slot
b2b-staff-locked = locked
b2b-staff-slot-empty = No meeting in this slot.
b2b-staff-done-session = The session is saved.
b2b-staff-done-scheduled = The accepted requests are scheduled.
b2b-staff-done-published = The agendas are on their way, each in its participant's language.
b2b-staff-done-moved = The meeting is moved and locked there.
b2b-move-refused = This move breaks a rule
b2b-reason-not-yet = not scheduled yet: run the scheduler
b2b-reason-no-availability = { $name } has not said when they are free
b2b-reason-no-common-slot = there is no slot where both are free
b2b-reason-person-busy = { $name } already has another meeting in every slot where both are free
b2b-reason-both-busy = both already have other meetings in every slot where both are free
b2b-reason-tables-full = every table is taken in every slot where both are free
b2b-reason-mixed = in every slot where both are free, one of them has another meeting or every table is taken
b2b-reason-invalid = the request does not name two different people
b2b-tables-title = Table plan: { $title }
b2b-tables-cards = Name cards
