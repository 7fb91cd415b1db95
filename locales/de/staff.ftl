# The staff area, in German.
# Placeables: $name, $title, $group, $count, $when, $email, $total ... are filled in
# by the pages; keep them as they are and translate the words around them.

## Shared words
staff-save = Speichern
staff-actions = Aktionen
staff-event = Veranstaltung
staff-when = Wann
staff-status = Status
staff-seats = Plätze
staff-name = Name
staff-email = E-Mail
staff-organisation = Organisation
staff-country = Land
staff-language = Sprache
staff-role = Rolle
staff-groups = Gruppen
staff-public-page = Öffentliche Seite
staff-mailing-list = Verteiler
staff-registrations = Anmeldungen
staff-invitations = Einladungen
staff-schedule = Veranstaltung planen
staff-no-go-back = Nein, zurück
staff-no-keep = Nein, beibehalten
staff-deleted-user = (gelöschtes Konto)
staff-optional = (optional)
status-draft = Entwurf
status-published = veröffentlicht
status-cancelled = abgesagt
status-confirmed = bestätigt
status-waitlisted = auf Warteliste
status-pending = ausstehend
status-sent = gesendet
status-failed = fehlgeschlagen
status-invited = eingeladen
status-registered = angemeldet
status-declined = abgelehnt
attendance-attended = teilgenommen
attendance-no_show = nicht erschienen
role-admin = Admin
role-coordinator = Koordinator

## Sign-in and password
login-title = Anmeldung für Mitarbeitende
login-intro = Für Gruppenkoordination und Administration.
login-password = Passwort
login-submit = Anmelden
login-wrong = E-Mail-Adresse oder Passwort ist falsch.
login-too-many = Zu viele fehlgeschlagene Versuche von Ihrer Adresse. Versuchen Sie es in { $wait } erneut.
login-password-set = Ihr Passwort ist festgelegt: Melden Sie sich mit Ihrer E-Mail-Adresse und dem neuen Passwort an.
password-title = Passwort festlegen
password-intro = Wählen Sie ein Passwort mit mindestens 12 Zeichen für Ihr Mitarbeiterkonto bei clustercord. Einige Wörter, die Sie sich gut merken können, ergeben ein gutes Passwort.
password-new = Neues Passwort
password-again = Passwort wiederholen
password-submit = Passwort festlegen
password-link-gone = Dieser Link wurde bereits verwendet oder ist abgelaufen. Bitten Sie den Administrator, der Sie eingeladen hat, um einen neuen Link, oder melden Sie sich an, wenn Sie Ihr Passwort bereits festgelegt haben.
password-sign-in = Anmelden
password-differ = Die beiden Passwörter stimmen nicht überein; geben Sie zweimal dasselbe ein.
password-short = Das Passwort muss mindestens 12 Zeichen lang sein.

## The staff home (dashboard)
dash-title = Mitarbeiterbereich
dash-welcome = Willkommen, { $name }
dash-you-admin = Sie sind als Administrator angemeldet: Sie verwalten alle Themengruppen.
dash-you-coordinator = Sie sind als Koordinator der folgenden Gruppen angemeldet.
dash-coming = Kommende Veranstaltungen
dash-seats-taken = Belegte Plätze
dash-waiting = Warteliste
dash-of-capacity = { $count } von { $capacity }
dash-invited = { $count } versandt: { $registered } angemeldet, { $declined } abgelehnt
dash-invite = Personen einladen
dash-no-coming = Es steht keine veröffentlichte Veranstaltung bevor.
dash-drafts = Entwürfe, die auf Veröffentlichung warten ({ $count })
dash-failed = Fehlgeschlagene E-Mails ({ $count })
dash-failed-see = Ansehen und erneut senden
dash-all-groups = Alle Gruppen
dash-your-groups = Ihre Gruppen
dash-no-groups = Ihnen ist noch keine Gruppe zugewiesen. Wenden Sie sich an einen Administrator.
dash-recent = Letzte Aktionen der Mitarbeitenden
dash-recent-all = Das gesamte Protokoll
dash-mail = Ausgehende E-Mails und ihre Zustellung
dash-accounts = Mitarbeiterkonten
dash-audit = Protokoll
dash-erase = Daten einer Person löschen
deadline-closed = Anmeldung geschlossen
deadline-today = Anmeldeschluss heute
deadline-tomorrow = Anmeldeschluss morgen
deadline-days = Anmeldeschluss in { $count } Tagen

## A group's events
group-events-title = { $group }: Veranstaltungen
group-events-caption = Veranstaltungen der Gruppe { $group }
group-register-list = Anmeldungen
group-invite = Einladen
group-edit = Bearbeiten
group-publish = Veröffentlichen
group-cancel = Absagen…
group-no-events = Noch keine Veranstaltungen. Planen Sie das erste Austauschforum oder die erste Studienreise der Gruppe.
group-public = Öffentliche Seite der Gruppe
group-feed-ics = Kalender-Feed (.ics)
notice-created = Die Veranstaltung wurde als Entwurf gespeichert. Veröffentlichen Sie sie, sobald sie fertig ist.
notice-published = Veröffentlicht: Die Veranstaltung steht auf den öffentlichen Seiten und im Kalender-Feed.
notice-updated = Ihre Änderungen wurden gespeichert. Angemeldete werden über eine neue Zeit oder einen neuen Ort informiert.
notice-cancelled = Die Veranstaltung wurde abgesagt. Die Angemeldeten werden per E-Mail benachrichtigt.

## The event form
form-new = Veranstaltung für { $group } planen
form-edit = „{ $title }“ bearbeiten
form-correct = Bitte korrigieren Sie die markierten Felder ({ $count }).
form-what = Was
form-kind = Art
form-title = Titel
form-description = Beschreibung
form-when = Wann
form-local-time = Ortszeit des Veranstaltungsorts.
form-starts = Beginn
form-ends = Ende
form-timezone = Zeitzone des Veranstaltungsorts
form-where = Wo
form-venue = Veranstaltungsort
form-address = Adresse
form-city = Stadt
form-country = Land (ISO-Code, z. B. IT)
form-host = Gastgeberorganisation (Studienreisen)
form-seats = Plätze
form-capacity = Plätze (leer: unbegrenzt)
form-country-cap = Höchstzahl an Plätzen pro Land (leer: keine Obergrenze)
form-deadline = Anmeldeschluss (optional)
form-agenda = Programm oder Reiseverlauf
form-agenda-hint = Bei einem Forum Programmpunkte mit Referierenden, bei einer Studienreise Stationen mit Ort. Leere Zeilen werden übersprungen.
form-add-row = Zeile hinzufügen
form-from = Von
form-to = Bis
form-speaker = Referent/in
form-place = Ort
form-row-error = Diese Zeile { $message }
form-overlap = Trotzdem planen, auch wenn sie sich mit der anderen Veranstaltung überschneidet
form-past = Diese Veranstaltung liegt in der Vergangenheit. Setzen Sie unten das Häkchen, um sie trotzdem zu speichern.
form-past-confirm = Trotzdem speichern, obwohl sie in der Vergangenheit liegt
form-back = Zurück ohne Speichern
form-overlap-problem = Die Veranstaltung würde sich in dieser Gruppe mit „{ $title }“ ({ $when }) überschneiden. Setzen Sie unten das Häkchen bei „Trotzdem planen“, um sie dennoch zu speichern.

## Registrations of an event
regs-title = Anmeldungen: { $title }
regs-csv = CSV herunterladen
regs-sheet = Anwesenheitsliste zum Drucken
regs-participation = Teilnahme
regs-confirmed = bestätigt
regs-waiting = wartend
regs-cancelled = storniert
regs-attended = teilgenommen
regs-seats-left = Plätze frei
regs-by-country = Nach Land
regs-by-kind = Nach Art der Organisation
regs-kind = Art der Organisation
regs-head-confirmed = Bestätigt
regs-head-waiting = Wartend
regs-head-cancelled = Storniert
regs-head-attended = Teilgenommen
regs-none-yet = Noch keine Anmeldungen.
regs-note = Hinweis
regs-attendance-of = Teilnahme von { $name }
regs-not-marked = nicht erfasst
regs-cancel = Anmeldung stornieren
regs-nobody = Bisher hat sich niemand angemeldet.

## Cancelling a registration
rcancel-title = Anmeldung von { $name } stornieren?
rcancel-crumb = Anmeldung stornieren
rcancel-who = Anmeldung von { $name } ({ $email }, { $country }) für „{ $title }“, { $when }: { $status }.
rcancel-told = Die Person erhält in ihrer Sprache eine E-Mail, dass die Veranstalter ihre Anmeldung storniert haben, mit einer Kalenderaktualisierung, die die Veranstaltung entfernt.
rcancel-seat = Der Platz geht an die nächste passende Person auf der Warteliste.
rcancel-already = Diese Anmeldung ist bereits storniert.
rcancel-message = Nachricht an { $name } (optional)
rcancel-hint = Nennen Sie den Grund in verständlichen Worten; die Nachricht wird so versandt, wie Sie sie eingeben.
rcancel-submit = Ja, Anmeldung stornieren

## Cancelling an event
ecancel-title = „{ $title }“ absagen?
ecancel-registrants = { $count ->
    [one] { $count } angemeldete Person erhält eine E-Mail, dass die Veranstaltung abgesagt ist, mit einer Kalenderaktualisierung, die sie entfernt.
   *[other] { $count } angemeldete Personen erhalten eine E-Mail, dass die Veranstaltung abgesagt ist, mit einer Kalenderaktualisierung, die sie entfernt.
}
ecancel-nobody = Noch ist niemand angemeldet.
ecancel-invitees = Eingeladene, die nicht geantwortet haben, werden ebenfalls benachrichtigt.
ecancel-final = Dies kann nicht rückgängig gemacht werden.
ecancel-message = Nachricht an die Betroffenen (optional)
ecancel-hint = Warum, und wie es weitergeht (vielleicht ein neuer Termin); die Nachricht wird so versandt, wie Sie sie eingeben.
ecancel-submit = Ja, Veranstaltung absagen

## The mailing list
members-title = { $group }: Verteiler
members-import-done = Import abgeschlossen:
members-import-counts = { $added } hinzugefügt, { $updated } aktualisiert, { $refused } abgelehnt.
members-line = Zeile { $line }: { $reason }
members-add = Mitglied hinzufügen
members-country = Land (ISO-Code)
members-language = Sprache der E-Mails
members-add-submit = Hinzufügen
members-import = Tabelle importieren
members-import-hint = Eine CSV-Datei (UTF-8) mit Kopfzeile: name, email, organisation, country, language. Adressen, die schon im Verteiler stehen, werden aktualisiert, nicht doppelt angelegt. Aus einer Datei, die sich nicht lesen lässt, wird nichts importiert.
members-file = CSV-Datei
members-import-submit = Importieren
members-download = Verteiler als CSV herunterladen
members-total = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
members-page-of = Seite { $page } von { $pages }
members-by-name = Seite { $page } von { $pages }, nach Name sortiert.
members-unsubscribed = abgemeldet
members-remove = Entfernen
members-pages = Seiten des Verteilers
members-previous = ‹ Zurück
members-next = Weiter ›
members-empty = Noch keine Mitglieder: Fügen Sie sie oben hinzu oder importieren Sie eine Tabelle.
members-removed = Aus dem Verteiler entfernt.
members-choose-file = Wählen Sie eine Datei zum Importieren: eine CSV-Datei, deren erste Zeile die Spalten benennt.
members-nothing-imported = Es wurde nichts importiert: Die Datei { $reason }.
mremove-title = { $name } aus dem Verteiler entfernen?
mremove-crumb = Entfernen
mremove-text = { $name } ({ $email }, { $country }) erhält keine Einladungen von { $group } mehr. Bestehende Anmeldungen bleiben erhalten; die Person wird nicht benachrichtigt.
mremove-submit = Ja, { $name } entfernen
mremove-keep = Nein, behalten

## Invitations
inv-title = Einladungen: { $title }
inv-heading = Zu „{ $title }“ einladen
inv-who = Wer
inv-to-group = Alle Mitglieder von { $group } (jeweils in ihrer Sprache)
inv-to-list = Diese Adressen (auf Englisch):
inv-addresses = Adressen, eine pro Zeile
inv-placeholder = eine Adresse pro Zeile
inv-resend = Erneut an bereits Eingeladene senden
inv-submit = Einladungen senden
inv-invited = Eingeladen ({ $count })
inv-answer = Antwort
inv-when-invited = Eingeladen am
inv-nobody = Noch niemand eingeladen.
inv-queued = { $count ->
    [one] { $count } Einladung in der Warteschlange; sie wird innerhalb einer Minute versandt.
   *[other] { $count } Einladungen in der Warteschlange; sie werden innerhalb einer Minute versandt.
}
inv-skipped = { $count ->
    [one] { $count } Person wurde übersprungen: bereits eingeladen oder abgemeldet.
   *[other] { $count } Personen wurden übersprungen: bereits eingeladen oder abgemeldet.
}
inv-none-given = Wählen Sie die Mitglieder der Gruppe oder geben Sie mindestens eine Adresse an.
inv-bad-addresses = Dies sind keine E-Mail-Adressen: { $list }. Es wurde nichts versendet.
iconfirm-title = { $group } einladen?
iconfirm-crumb = Bestätigen
iconfirm-heading = Die Mitglieder von { $group } einladen?
iconfirm-count = { $count ->
    [one] { $count } Person erhält eine Einladung per E-Mail in ihrer Sprache.
   *[other] { $count } Personen erhalten eine Einladung per E-Mail, jeweils in ihrer Sprache.
}
iconfirm-left-out = Bereits eingeladene Mitglieder werden übersprungen.
iconfirm-unsubscribed = Abgemeldete Mitglieder erhalten nichts.
iconfirm-submit = { $count ->
    [one] Ja, { $count } Einladung senden
   *[other] Ja, { $count } Einladungen senden
}
iconfirm-nobody = Niemand würde angeschrieben: Alle Mitglieder wurden bereits eingeladen oder haben sich abgemeldet. Setzen Sie das Häkchen bei „Erneut an bereits Eingeladene senden“, um sie noch einmal einzuladen.

## Outgoing mail
mail-title = Ausgehende E-Mails
mail-all = alle
mail-to = An
mail-subject = Betreff
mail-attempts = Versuche
mail-last-error = Letzter Fehler
mail-retry = Erneut senden
mail-none = Keine Nachrichten.
mail-none-status = Keine Nachrichten passen zu diesen Filtern.

## Audit log
audit-title = Protokoll
audit-intro = Was Mitarbeitende getan haben, neueste zuerst (die letzten 500 Aktionen), Zeiten in { $zone }.
audit-when = Wann
audit-who = Wer
audit-action = Aktion
audit-on = Betrifft
audit-detail = Details
audit-none = Noch nichts protokolliert.

## Staff accounts
acc-title = Mitarbeiterkonten
acc-who-has = Wer ein Konto hat ({ $count })
acc-who = Wer
acc-state = Zustand
acc-all = alle
acc-disabled = deaktiviert
acc-invited = eingeladen, noch kein Passwort
acc-active = aktiv
acc-change = Ändern
acc-invite = Jemanden einladen
acc-invite-hint = Die Person erhält eine E-Mail mit einem Link, um ihr eigenes Passwort festzulegen (er funktioniert einmal, 7 Tage lang).
acc-name-hint = (für andere Mitarbeitende sichtbar)
acc-role-coordinator = Koordinator der unten angekreuzten Gruppen
acc-role-admin = Admin: alle Gruppen und die Mitarbeiterkonten
acc-groups-coordinator = (für Koordinatoren)
acc-invite-language = Sprache der Einladung
acc-invite-submit = Einladung senden
acc-active-box = Darf sich anmelden (Häkchen entfernen zum Deaktivieren: Sitzungen und API-Tokens enden sofort)
acc-back = Zurück zu den Konten
acc-notice-invited = Die Einladung ist unterwegs: Der Link zum Festlegen des Passworts gilt 7 Tage.
acc-notice-saved = Das Konto ist gespeichert.

## Erasing a person's data
erase-title = Daten einer Person löschen
erase-done = Gelöscht.
erase-done-counts = { $registrations } Anmeldungen, { $invitations } Einladungen, { $members } Verteilereinträge und { $messages } Nachrichten wurden gelöscht.
erase-nothing = Zu { $email } ist nichts gespeichert: keine Anmeldung, keine Einladung, kein Verteilereintrag und keine Nachricht.
erase-found = Zu { $email } sind { $registrations } Anmeldungen, { $invitations } Einladungen, { $members } Verteilereinträge und { $messages } Nachrichten gespeichert. Beim Löschen wird all das entfernt; das kann nicht rückgängig gemacht werden.
erase-submit = Ja, alles zu { $email } löschen
erase-intro = Wenn eine Person verlangt, vergessen zu werden, löscht diese Funktion alles, was zu ihrer Adresse gespeichert ist: ihre Anmeldungen zu allen Veranstaltungen (ein Platz vor Beginn einer Veranstaltung geht an die nächste wartende Person), ihre Einladungen, ihre Einträge in den Verteilern aller Gruppen und alle E-Mails, die an sie gesendet wurden oder noch gesendet werden sollen. Sie sehen vorher, was gelöscht würde. Das Protokoll hält fest, dass eine Löschung stattgefunden hat, nicht aber, wessen Daten betroffen waren.
erase-address = E-Mail-Adresse der Person
erase-show = Anzeigen, was zu dieser Adresse gespeichert ist
erase-bad-address = Geben Sie die Adresse so ein, wie sie uns mitgeteilt wurde, z. B. name@example.org.

## The attendance sheet
sheet-title = Anwesenheitsliste: { $title }
sheet-date = Datum:
sheet-venue = Ort:
sheet-back = Zurück
sheet-print = Drucken Sie diese Seite über Ihren Browser (Strg+P).
sheet-signature = Unterschrift
sheet-total = { $count ->
    [one] { $count } bestätigte Teilnahme.
   *[other] { $count } bestätigte Teilnahmen.
}
sheet-organiser = Unterschrift des Veranstalters:

## Field errors of the staff forms
field-after-start = muss nach dem Beginn liegen
field-before-start = muss vor Beginn der Veranstaltung liegen
field-within-event = muss zwischen Beginn und Ende der Veranstaltung liegen
field-after-previous = muss nach dem vorherigen Eintrag liegen
field-timezone = muss eine IANA-Zeitzone sein, z. B. Europe/Berlin
field-timezone-perhaps = muss der Name einer IANA-Zeitzone sein: vielleicht { $list }
field-capacity = muss eine ganze Zahl von 1 bis 100000 sein oder leer für unbegrenzt
field-country-cap = muss eine ganze Zahl ab 1 sein oder leer für keine Obergrenze
field-cap-above-capacity = darf nicht größer als die Zahl der Plätze sein
field-below-confirmed = darf nicht unter den { $count } bestätigten Anmeldungen liegen
field-below-country = darf nicht unter den { $count } bestätigten Anmeldungen aus einem Land liegen
field-time = muss ein Datum mit Uhrzeit sein
field-password-short = muss mindestens 12 Zeichen lang sein
wait-seconds = { $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}
wait-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
inv-started = Die Veranstaltung hat begonnen: Einladungen gibt es nur für kommende Veranstaltungen.
field-number = muss eine ganze Zahl sein
audit-group = Gruppe
audit-any = alle Gruppen
audit-anyone = alle Personen
audit-filter = Anzeigen
mail-intro = Die neuesten 500 Nachrichten, Zeiten in { $zone }.
mail-any-event = alle Veranstaltungen
mail-day = Geschrieben am
mail-written = Geschrieben
mail-show-text = Lesen
mail-text = Die Nachricht wie versendet (Text)
mail-back = Zurück zur ausgehenden Post
acc-language = Sprache der Seiten und E-Mails
acc-language-browser = wie der Browser es wünscht
acc-again-heading = Link erneut senden
acc-again-hint = Die Einladung wurde noch nicht angenommen: Senden Sie einen neuen Link zum Festlegen des Passworts (einmal gültig, 7 Tage lang); früher gesendete Links gelten dann nicht mehr.
acc-again-submit = Neuen Link senden
acc-reset-hint = Die Person erhält einen Link zum Festlegen eines neuen Passworts (einmal gültig, 7 Tage lang); bis dahin gilt das bisherige Passwort.
inv-publish-first = Veröffentlichen Sie die Veranstaltung, bevor Sie Personen einladen.
acc-last-admin = Dies ist der letzte aktive Administrator: Ernennen Sie zuerst einen weiteren.
acc-exists = Für { $email } gibt es bereits ein Mitarbeiterkonto.
field-language = muss einer dieser Codes sein: en, it, de, hu, sk, cs, pl, sl
members-earlier = { $email } steht weiter oben schon in der Datei
epublish-title = „{ $title }“ veröffentlichen?
epublish-overlap = Sie überschneidet sich mit „{ $title }“ ({ $when }) in dieser Gruppe. Trotzdem veröffentlichen?
epublish-anyway = Trotzdem veröffentlichen
event-edit = Veranstaltung bearbeiten
members-no-column = hat keine Spalte { $columns } in der Kopfzeile
members-not-csv = ist kein gültiges CSV ({ $detail })
audit-act-event-schedule = Veranstaltung geplant
audit-act-event-change = Veranstaltung geändert
audit-act-event-publish = Veranstaltung veröffentlicht
audit-act-event-cancel = Veranstaltung abgesagt
audit-act-event-invite = Einladungen versandt
audit-act-registration-cancel = Anmeldung storniert
audit-act-registration-attendance = Teilnahme erfasst
audit-act-members-add = Mitglied hinzugefügt
audit-act-members-remove = Mitglied entfernt
audit-act-members-import = Mitglieder importiert
audit-act-group-create = Gruppe angelegt
audit-act-staff-invite = Mitarbeitende eingeladen
audit-act-staff-reinvite = Neuen Anmeldelink gesendet
audit-act-staff-change = Mitarbeiterkonto geändert
audit-act-person-erase = Person gelöscht
audit-act-mail-retry = E-Mail erneut gesendet
audit-act-export = Liste exportiert
members-added = In der Verteilerliste gespeichert.
regs-done-attendance = Teilnahme gespeichert.
regs-done-cancelled = Anmeldung storniert. Die Person wird per E-Mail informiert.
form-audience = Für wen
form-audience-hint = Interne Projekttreffen zählen nie in den Indikatoren des Programms.
audience-closed = Eingeladene oder angemeldete Teilnehmende
audience-public = Offen für alle
audience-internal = Internes Projekttreffen
planed-title = Strategieplan von { $group }
planed-saved = Gespeichert.
planed-adopted = Beschlossen: Diese Version ist so eingefroren, wie sie ist.
planed-deleted = Schlüsselmaßnahme gelöscht.
planed-moved = Verschoben.
planed-adopted-badge = beschlossen
planed-text = Titel und Zusammenfassung
planed-summary = Zusammenfassung
planed-summary-hint = Einfacher Text; zwischen Absätzen eine Leerzeile.
planed-create = Plan anlegen
planed-up = Nach oben
planed-down = Nach unten
planed-delete = Löschen
planed-add = Schlüsselmaßnahme hinzufügen
planed-parent = Teil von
planed-top-level = (eigene Schlüsselmaßnahme)
planed-add-button = Hinzufügen und öffnen
planed-versions = Beschluss und Versionen
planed-adopt-hint = Der Beschluss friert den Plan als Version { $version } ein; diese Version bleibt lesbar, wie sie war, was sich später auch ändert.
planed-adopt = Als Version { $version } beschließen
planed-version = Version { $version }, { $when }
planed-compare = mit heute vergleichen
planed-owners-hint = Eine pro Zeile: Organisation, Ländercode (Milano Metropoli, IT).
planed-targets = Ziele
planed-targets-hint = Lassen Sie ein Ziel leer, wo es nicht passt. Der Fortschritt ist der Mittelwert über die gesetzten Ziele.
planed-events = Veranstaltungen der Gruppe, denen diese Maßnahme dient
planed-progress = Fortschritt
planed-progress-now = Jetzt { $percent } %
planed-manual = Fortschritt von Hand setzen
planed-percent = Fortschritt in Prozent (0 bis 100)
planed-reason = Warum (Pflicht, wenn von Hand gesetzt)
compare-title = Version { $version } neben dem heutigen Plan
compare-changed = geändert
compare-same = unverändert
compare-change = Änderung
compare-then = In Version { $version }
compare-now = Jetzt
compare-added = hinzugefügt
compare-removed = entfernt
compare-field-title = Titel
compare-field-description = Beschreibung
compare-field-due = Fälligkeit
compare-field-status = Status
compare-field-owners = Verantwortliche
compare-field-targets = Ziele
compare-field-events = Veranstaltungen
staff-plan = Strategieplan
staff-materials = Unterlagen
mat-added = Unterlage hinzugefügt.
mat-deleted = Unterlage gelöscht.
mat-told = Die bestätigten Teilnehmenden werden informiert, jede Person in ihrer Sprache.
mat-list = Unterlagen
mat-tell-hint = Schickt jeder bestätigten teilnehmenden Person eine E-Mail in ihrer Sprache mit ihrem eigenen Link zu den Unterlagen, die sie sehen darf.
mat-tell = Teilnehmenden mitteilen, dass die Unterlagen online sind
mat-none = Noch keine Unterlagen.
mat-add = Datei oder Link hinzufügen
mat-kind = Art
mat-language = Sprache der Unterlage
mat-any-language = (beliebig oder mehrere)
mat-visibility = Wer sie sehen darf
mat-vis-participants = Bestätigte Teilnehmende
mat-vis-public = Alle
mat-vis-staff = Nur Mitarbeitende der Gruppe
mat-file = Datei (höchstens 25 MB)
mat-file-hint = Oder leer lassen und unten einen Link angeben (ein Video, ein geteilter Ordner).
mat-url = Link (http oder https)
mat-add-button = Hinzufügen
form-serves = Schlüsselmaßnahmen des Plans, denen diese Veranstaltung dient
field-day = muss ein Tag sein
field-target = muss eine ganze Zahl von 1 bis 1.000.000 sein oder leer bleiben
field-percent = muss ein Prozentwert von 0 bis 100 sein
field-events-group = müssen Veranstaltungen der Gruppe dieser Maßnahme sein
field-parent = muss eine eigenständige Schlüsselmaßnahme dieses Plans sein (Untermaßnahmen haben keine)
field-web-link = muss eine Adresse sein, die mit http:// oder https:// beginnt
field-file-or-link = eine Datei oder einen Link angeben, nicht beides
audit-act-plan-change = Plan geändert
audit-act-plan-adopt = Plan beschlossen
audit-act-action-add = Schlüsselmaßnahme hinzugefügt
audit-act-action-change = Schlüsselmaßnahme geändert
audit-act-action-delete = Schlüsselmaßnahme gelöscht
audit-act-action-move = Schlüsselmaßnahme verschoben
audit-act-action-link = Veranstaltung mit Schlüsselmaßnahmen verknüpft
audit-act-material-add = Unterlage hinzugefügt
audit-act-material-delete = Unterlage gelöscht
audit-act-material-announce = Teilnehmende über Unterlagen informiert
mat-last-told = Zuletzt informiert am { $when }.
mat-tell-again = Teilnehmende erneut informieren
reports-title = Berichte
reports-intro = Die Kennzahlen, die das Programm verlangt, aus den Veranstaltungen eines Zeitraums: Jede führt zu den Teilnahmen dahinter.
reports-presets = Berichtszeiträume
reports-field-from = Von
reports-field-to = Bis
reports-field-group = Gruppen
reports-field-label = Bezeichnung
reports-groups-hint = Keine angekreuzt: alle Gruppen, die Sie koordinieren.
reports-show = Kennzahlen zeigen
reports-invalid = Diese Kennzahlen können nicht gezeigt werden:
reports-period = { $from } bis { $to }
reports-figures = Kennzahlen
reports-events-held = durchgeführte Veranstaltungen
reports-events-split = Foren: { $forums } · Studienreisen: { $visits } · öffentlich: { $public }
reports-registrations = Anmeldungen
reports-participations = Teilnahmen
reports-no-shows = nicht erschienen
reports-people = Personen
reports-organisations = Organisationen
reports-new-returning = { $new } neu, { $returning } wiederkehrend
reports-countries = Länder
reports-indicators = Programmindikatoren
reports-indicator = Indikator
reports-indicator-what = Was er zählt
reports-value = Wert
reports-rco81 = Teilnahmen an grenzüberschreitenden gemeinsamen Maßnahmen (Anwesenheit bei geschlossenen Veranstaltungen)
reports-rco115 = Durchgeführte öffentliche Veranstaltungen
reports-rco87 = Grenzüberschreitend kooperierende Organisationen (bei einer Veranstaltung mit Personen aus zwei oder mehr Ländern)
reports-rco83 = Gemeinsam entwickelte Strategien und Aktionspläne (im Zeitraum beschlossen, Verantwortliche aus zwei oder mehr Ländern)
reports-by-country = Teilnahmen nach Land
reports-by-kind = Teilnahmen nach Art der Organisation
reports-by-month = Teilnahmen pro Monat
reports-none = Keine Teilnahmen in diesem Zeitraum.
reports-download = Downloads
reports-download-hint = Arbeitsmappe und CSV nennen die Teilnehmenden: Jeder Download wird im Protokoll festgehalten.
reports-xlsx = Arbeitsmappe (XLSX)
reports-csv = Zeilen (CSV)
reports-evidence = Nachweispaket (ZIP)
reports-freeze = Diese Kennzahlen einfrieren
reports-freeze-hint = Ein Schnappschuss bewahrt die Kennzahlen genau so, wie sie jetzt sind, was auch immer später geändert oder gelöscht wird: Frieren Sie sie ein, wenn Sie den Zeitraum berichten.
reports-label = Bezeichnung
reports-label-example = Bericht Zeitraum 3
reports-freeze-button = Bericht einfrieren
reports-snapshots = Eingefrorene Berichte
reports-frozen-on = eingefroren { $when }
reports-no-snapshots = Noch kein Bericht eingefroren.
reports-periods = Berichtszeiträume des Programms
reports-periods-hint = Die hier festgelegten Zeiträume werden allen Koordinierenden als Vorauswahl angeboten.
reports-period-delete = Entfernen
reports-period-example = Zeitraum 3
reports-period-add = Zeitraum hinzufügen
reports-frozen = Diese Kennzahlen wurden { $when } eingefroren und ändern sich nicht.
reports-rows-participations = Teilnahmen
reports-rows-no_shows = Nicht erschienen
reports-rows-registrations = Anmeldungen
reports-rows-count = Zeilen: { $count }
reports-day = Tag
reports-attendance = Anwesenheit
reports-erased = (gelöscht)
reports-mark-attended = anwesend
reports-mark-no_show = nicht erschienen
reports-mark-unmarked = nicht erfasst
dash-reports = Berichte
field-not-before-from = darf nicht vor dem ersten Tag liegen
field-ten-years = darf höchstens zehn Jahre nach dem ersten Tag liegen
field-period-label-taken = ist die Bezeichnung eines anderen Zeitraums
audit-act-organisation-merge = Organisationen zusammengeführt
audit-act-report-snapshot = Bericht eingefroren
audit-act-report-period-add = Berichtszeitraum hinzugefügt
audit-act-report-period-delete = Berichtszeitraum entfernt
attimp-title = Anwesenheit importiert
attimp-refused = Nicht importierte Zeilen
attimp-line = Zeile { $line }
attimp-back = Zurück zu den Anmeldungen
attimp-heading = Anwesenheit importieren
attimp-hint = Für eine Veranstaltung, die vor clustercord stattfand oder auf Papier erfasst wurde: eine CSV-Datei (UTF-8) mit Kopfzeile: name, email, organisation, country, kind, attended (yes oder no). Jede Zeile wird eine bestätigte Anmeldung oder erfasst die bestehende dieser Adresse. Niemand erhält eine E-Mail.
attimp-file = Anwesenheitsdatei (CSV)
audit-act-attendance-import = Anwesenheit importiert
field-yes-no = muss yes oder no sein (oder leer, wenn nicht erfasst)
reports-col-people = Personen
reports-col-organisations = Organisationen
reports-frozen-xlsx = Eingefrorene Kennzahlen (XLSX)
reports-download-live = Sie enthalten die Kennzahlen von jetzt; ein eingefrorener Bericht behält seine eigenen, die seine Seite zum Download anbietet.
dash-organisations = Organisationen
orgs-title = Organisationen
orgs-intro = Jede Organisation, die sich angemeldet hat, einmal gezählt, wie auch immer sie geschrieben wurde. Suchen Sie eine, sehen Sie ihre Anmeldungen oder führen Sie zwei Schreibweisen derselben Organisation zusammen.
orgs-search = Name oder andere Schreibweise
orgs-search-button = Suchen
orgs-aliases = Auch geschrieben
orgs-participations = Teilnahmen
orgs-none = Keine Organisation passt.
orgs-limited = Nur die ersten { $count } werden gezeigt: grenzen Sie die Suche ein.
orgs-registrations = Anmeldungen
orgs-registrations-hint = Bei den Veranstaltungen der Gruppen, die Sie koordinieren.
orgs-no-registrations = Keine Anmeldung bei diesen Veranstaltungen.
orgs-merge = Mit einer anderen Organisation zusammenführen
orgs-merge-hint = Ist dies eine andere Schreibweise einer Organisation desselben Landes, führen Sie sie zusammen: Ihre Anmeldungen und Mitglieder zählen dann für jene Organisation, und diese Schreibweise wird ihr zugeordnet, wann immer sie jemand wieder eingibt. Die Zusammenführung wird im Prüfprotokoll festgehalten.
orgs-merge-into = Die Organisation, die es wirklich ist
orgs-merge-button = Zusammenführen
orgs-merge-nothing = In diesem Land gibt es keine andere Organisation, mit der sie zusammengeführt werden könnte.

## B2B meetings
b2b-staff-heading = B2B-Gespräche
b2b-staff-session = Sitzung
b2b-staff-session-hint = Zeiten gelten in der Zeitzone der Veranstaltung. Das Zeitfenster wird in gleich lange Abschnitte geteilt; ein Rest am Ende bleibt frei.
b2b-field-starts_at = Gespräche beginnen
b2b-field-ends_at = Gespräche enden
b2b-field-slot_minutes = Minuten je Gespräch
b2b-field-tables = Tische
b2b-field-requests_close_at = Anfrageschluss
b2b-staff-save-session = Sitzung speichern
b2b-staff-figures = Stand
b2b-staff-profiles = Profile
b2b-staff-requests = Anfragen
b2b-staff-requests-counts = { $pending } offen, { $accepted } angenommen, { $declined } abgelehnt
b2b-staff-placed = Eingeplante Gespräche
b2b-staff-placed-of = { $placed } von höchstens { $bound }, die die Regeln zulassen
b2b-staff-replan = Neu planen (gesperrte Gespräche bleiben)
b2b-staff-schedule = Angenommene Anfragen einplanen
b2b-staff-publish = Terminpläne per E-Mail veröffentlichen
b2b-staff-publish-again = Terminpläne erneut senden
b2b-staff-published-at = Terminpläne zuerst veröffentlicht am { $when }.
b2b-staff-print = Tischplan und Namenskarten
b2b-staff-unplaced = Angenommen, aber nicht eingeplant
b2b-staff-meetings = Gespräche nach Zeitfenster
b2b-staff-who = Wer sich trifft
b2b-staff-move = Von Hand verschieben
b2b-staff-move-lock = Verschieben und sperren
b2b-staff-slot = Zeitfenster
b2b-staff-locked = gesperrt
b2b-staff-slot-empty = Kein Gespräch in diesem Zeitfenster.
b2b-staff-done-session = Die Sitzung ist gespeichert.
b2b-staff-done-scheduled = Die angenommenen Anfragen sind eingeplant.
b2b-staff-done-published = Die Terminpläne sind unterwegs, jeder in der Sprache der Person.
b2b-staff-done-moved = Das Gespräch ist verschoben und dort gesperrt.
b2b-move-refused = Diese Verschiebung verletzt eine Regel
b2b-reason-not-yet = noch nicht eingeplant: Planung starten
b2b-reason-no-availability = { $name } hat keine freien Zeitfenster angegeben
b2b-reason-no-common-slot = es gibt kein Zeitfenster, in dem beide frei sind
b2b-reason-person-busy = { $name } hat in jedem gemeinsamen freien Zeitfenster schon ein anderes Gespräch
b2b-reason-both-busy = beide haben in jedem gemeinsamen freien Zeitfenster schon andere Gespräche
b2b-reason-tables-full = in jedem gemeinsamen freien Zeitfenster sind alle Tische belegt
b2b-reason-mixed = in jedem gemeinsamen freien Zeitfenster hat eine Person schon ein Gespräch oder alle Tische sind belegt
b2b-reason-invalid = die Anfrage nennt nicht zwei verschiedene Personen
b2b-tables-title = Tischplan: { $title }
b2b-tables-cards = Namenskarten
