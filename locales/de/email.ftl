greeting = Guten Tag { $name },
label-when = Wann
label-where = Wo
label-programme = Programm
label-now = Neu
label-before = Bisher
link-event = Zur Veranstaltung
link-manage = Anmeldung ansehen oder stornieren
calendar-adds = Mit der angehängten Kalenderdatei tragen Sie die Veranstaltung in Ihren Kalender ein.
calendar-updates = Die angehängte Kalenderdatei aktualisiert den Eintrag in Ihrem Kalender.
calendar-removes = Die angehängte Kalenderdatei entfernt den Eintrag aus Ihrem Kalender.
footer = Versandt von clustercord, { $url }
kind-exchange_forum = Austauschforum
kind-study_visit = Studienreise
confirmed-subject = Bestätigt: { $title } — { $when }
confirmed-intro = Ihr Platz für „{ $title }“ ist bestätigt.
confirmed-hint = Falls Sie nicht teilnehmen können, stornieren Sie bitte, damit jemand von der Warteliste Ihren Platz erhält.
waitlisted-subject = Warteliste (Nr. { $position }): { $title }
waitlisted-intro = „{ $title }“ ist derzeit ausgebucht. Sie stehen auf der Warteliste, auf Platz { $position }.
waitlisted-country-intro = „{ $title }“ hat noch freie Plätze, aber die Plätze für Teilnehmende aus Ihrem Land sind derzeit vergeben (höchstens { $cap } pro Land). Sie stehen auf der Warteliste, auf Platz { $position }.
waitlisted-hint = Sobald ein Platz frei wird, rücken Sie automatisch nach, und wir benachrichtigen Sie sofort.
link-waitlist = Wartelistenplatz ansehen oder Warteliste verlassen
promoted-subject = Ein Platz für Sie: { $title } — { $when }
promoted-intro = gute Nachricht: Ein Platz ist frei geworden, und Ihre Anmeldung für „{ $title }“ ist jetzt bestätigt.
cancelled-subject = Storniert: Ihre Anmeldung für { $title }
cancelled-intro = Ihre Anmeldung für „{ $title }“ ist storniert. Danke für Ihre Rückmeldung: Ihr Platz geht an die nächste Person auf der Warteliste.
cancelled-hint = Solange die Anmeldung offen ist, können Sie sich auf der Veranstaltungsseite erneut anmelden.
staff-cancelled-subject = Ihre Anmeldung für { $title } wurde von den Veranstaltern storniert
staff-cancelled-intro = die Veranstalter von „{ $title }“ haben Ihre Anmeldung storniert.
staff-cancelled-reason = Ihre Nachricht:
staff-cancelled-hint = Wenn Sie das für einen Irrtum halten, antworten Sie auf diese E-Mail.
changed-subject = Geändert: { $title } — { $when }
changed-intro = Zeit oder Ort von „{ $title }“ haben sich geändert.
event-cancelled-subject = Abgesagt: { $title } — { $when }
event-cancelled-intro = leider müssen wir „{ $title }“ absagen. Ihre Anmeldung entfällt; Sie müssen nichts weiter tun.
event-cancelled-invitee-intro = es tut uns leid: „{ $title }“, wozu Sie eingeladen waren, wurde abgesagt. Sie müssen nichts weiter tun.
invitation-subject = Einladung: { $title } — { $when }
invitation-greeting = Guten Tag,
invitation-intro = wir laden Sie herzlich zu „{ $title }“ ein, veranstaltet von der Themengruppe { $group }.
invitation-register = Jetzt anmelden
invitation-decline = Ich kann nicht teilnehmen
invitation-seats = Die Plätze sind begrenzt und werden in der Reihenfolge der Anmeldungen vergeben.
reminder-subject = Erinnerung: { $title } — { $when }
reminder-intro = wir erinnern Sie an „{ $title }“. Wir freuen uns auf Sie.
unsubscribe = Keine Einladungen dieser Gruppe mehr erhalten
test-subject = Testnachricht von clustercord
test-body = Dies ist eine Testnachricht von clustercord. Wenn Sie sie lesen können, funktioniert der E-Mail-Versand.
link-subject = Ihre Anmeldung: { $title }
link-intro = jemand (hoffentlich Sie) hat versucht, diese Adresse erneut für „{ $title }“ anzumelden. Sie sind bereits angemeldet; hier ist der Link zu Ihrer Anmeldung.
link-hint = Falls Sie es nicht waren, müssen Sie nichts tun: Ohne diesen Link kann niemand sonst Ihre Anmeldung sehen oder ändern.

## Staff accounts
staff-invitation-subject = Ihr Mitarbeiterkonto bei clustercord: Passwort festlegen
staff-invitation-intro = { $inviter } hat Ihnen ein Mitarbeiterkonto bei clustercord eingerichtet.
staff-invitation-admin = Als Administrator verwalten Sie alle Themengruppen und die Mitarbeiterkonten.
staff-invitation-coordinator = Als Koordinator planen Sie die Foren und Studienreisen Ihrer Gruppen, laden Mitglieder ein und verfolgen die Anmeldungen.
staff-invitation-action = Passwort festlegen
staff-invitation-hint = Der Link funktioniert einmal, 7 Tage lang. Wenn Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie.
materials-subject = Unterlagen online: { $title }
materials-intro = { $count ->
    [one] Eine Unterlage von „{ $title }“ (Protokoll, Folien oder Fotos) ist für die Teilnehmenden online.
   *[other] { $count } Unterlagen von „{ $title }“ (Protokoll, Folien oder Fotos) sind für die Teilnehmenden online.
}
materials-open = Unterlagen öffnen
materials-private = Der Link gilt nur für Sie: Mit ihm sehen oder stornieren Sie auch Ihre Anmeldung.

## B2B meetings
b2b-request-subject = Gesprächsanfrage von { $name } ({ $organisation }): { $title }
b2b-request-intro = { $name } von { $organisation } ({ $country }) bittet Sie um ein B2B-Gespräch bei „{ $title }“.
b2b-label-offers = Bietet
b2b-label-seeks = Sucht
b2b-label-message = Nachricht
b2b-label-table = Tisch
b2b-label-with = Mit
b2b-request-answer = Annehmen oder ablehnen
b2b-request-hint = Eine Anfrage, die bis zum Anfrageschluss unbeantwortet bleibt, verfällt. Die Organisatoren legen angenommene Gespräche auf eine Uhrzeit und einen Tisch, und Sie erhalten Ihren Terminplan vor der Veranstaltung.
b2b-accepted-subject = { $name } hat Ihre Gesprächsanfrage angenommen: { $title }
b2b-declined-subject = { $name } hat Ihre Gesprächsanfrage abgelehnt: { $title }
b2b-accepted-intro = { $name } von { $organisation } hat Ihre Anfrage angenommen. Die Organisatoren legen das Gespräch auf eine Uhrzeit und einen Tisch, und Sie erhalten Ihren Terminplan.
b2b-declined-intro = { $name } von { $organisation } hat Ihre Anfrage abgelehnt. Solange Anfragen offen sind, können Sie andere Teilnehmende fragen.
b2b-open-page = Ihre B2B-Gespräche öffnen
b2b-agenda-subject = Ihre B2B-Gespräche: { $title }
b2b-agenda-intro = { $count ->
    [one] hier ist Ihr B2B-Gespräch bei „{ $title }“:
   *[other] hier sind Ihre { $count } B2B-Gespräche bei „{ $title }“:
}
b2b-agenda-none = für Sie konnte bei „{ $title }“ kein B2B-Gespräch eingeplant werden. Wenn Sie noch offene Anfragen annehmen, können die Organisatoren sie später einplanen.
b2b-agenda-calendar = Die angehängte Kalenderdatei trägt jedes Gespräch in Ihren Kalender ein; ein späterer Terminplan verschiebt sie dort.
b2b-calendar-title = B2B-Gespräch: { $name } ({ $organisation })
b2b-calendar-table = Tisch { $table }
b2b-reminder-subject = Wartet noch auf Ihre Antwort: { $name }, { $title }
b2b-reminder-intro = { $name } von { $organisation } ({ $country }) hat Sie um ein B2B-Gespräch bei „{ $title }“ gebeten, und der Anfrageschluss ist in weniger als einem Tag. Bitte nehmen Sie an oder lehnen Sie ab, damit die Organisatoren planen können.
b2b-outcome-subject = Was ist aus Ihren B2B-Gesprächen geworden? { $title }
b2b-outcome-intro = seit Ihren B2B-Gesprächen bei „{ $title }“ ist einige Zeit vergangen. Sagen Sie uns bitte für jedes Gespräch, was daraus geworden ist? Ein Klick je Gespräch; es zählt im Bericht des Programms.
b2b-outcome-choices = Die Antworten: kein weiterer Kontakt, weiter in Kontakt oder eine Kooperationsvereinbarung erreicht.
b2b-calendar-dropped = B2B-Gespräch (abgesagt)
