# The staff area, in Italian.
# Placeables: $name, $title, $group, $count, $when, $email, $total ... are filled in
# by the pages; keep them as they are and translate the words around them.

## Shared words
staff-save = Salva
staff-actions = Azioni
staff-event = Evento
staff-when = Quando
staff-status = Stato
staff-seats = Posti
staff-name = Nome
staff-email = Email
staff-organisation = Organizzazione
staff-country = Paese
staff-language = Lingua
staff-role = Ruolo
staff-groups = Gruppi
staff-public-page = Pagina pubblica
staff-mailing-list = Mailing list
staff-registrations = Iscrizioni
staff-invitations = Inviti
staff-schedule = Nuovo evento
staff-no-go-back = No, torna indietro
staff-no-keep = No, mantieni
staff-deleted-user = (utente eliminato)
staff-optional = (facoltativo)
status-draft = bozza
status-published = pubblicato
status-cancelled = annullato
status-confirmed = confermato
status-waitlisted = in attesa
status-pending = in attesa
status-sent = inviato
status-failed = non riuscito
status-invited = invitato
status-registered = iscritto
status-declined = rifiutato
attendance-attended = presente
attendance-no_show = assente
role-admin = amministratore
role-coordinator = coordinatore

## Sign-in and password
login-title = Accesso staff
login-intro = Per coordinatori dei gruppi e amministratori.
login-password = Password
login-submit = Accedi
login-wrong = L'email o la password non sono corrette.
login-too-many = Troppi tentativi non riusciti da questo indirizzo. Riprovare tra { $wait }.
login-password-set = Password impostata: ora è possibile accedere con il proprio indirizzo email e la nuova password.
password-title = Imposta la password
password-intro = Scegliere una password di almeno 12 caratteri per l'account staff di clustercord. Alcune parole facili da ricordare sono un'ottima scelta.
password-new = Nuova password
password-again = Ripeti la password
password-submit = Imposta la password
password-link-gone = Questo link è già stato usato o è scaduto. Chiedere un nuovo link all'amministratore che ha inviato l'invito, oppure accedere se la password è già stata impostata.
password-sign-in = Accedi
password-differ = Le due password non coincidono: digitare due volte la stessa.
password-short = La password deve avere almeno 12 caratteri.

## The staff home (dashboard)
dash-title = Area riservata
dash-welcome = Salve, { $name }
dash-you-admin = Ha effettuato l'accesso come amministratore e gestisce tutti i gruppi tematici.
dash-you-coordinator = Ha effettuato l'accesso come coordinatore dei gruppi qui sotto.
dash-coming = Prossimi eventi
dash-seats-taken = Posti occupati
dash-waiting = In attesa
dash-of-capacity = { $count } su { $capacity }
dash-invited = { $count } inviati: { $registered } iscritti, { $declined } rifiutati
dash-invite = Invita persone
dash-no-coming = Non ci sono eventi pubblicati in programma.
dash-drafts = Bozze da pubblicare ({ $count })
dash-failed = Email non inviate ({ $count })
dash-failed-see = Visualizza e riprova
dash-all-groups = Tutti i gruppi
dash-your-groups = I miei gruppi
dash-no-groups = Nessun gruppo ancora assegnato. Rivolgersi a un amministratore.
dash-recent = Ultime azioni dello staff
dash-recent-all = Registro attività completo
dash-mail = Posta in uscita e consegna
dash-accounts = Account dello staff
dash-audit = Registro attività
dash-erase = Cancella i dati di una persona
deadline-closed = iscrizioni chiuse
deadline-today = le iscrizioni chiudono oggi
deadline-tomorrow = le iscrizioni chiudono domani
deadline-days = le iscrizioni chiudono tra { $count } giorni

## A group's events
group-events-title = { $group }: eventi
group-events-caption = Eventi di { $group }
group-register-list = Iscrizioni
group-invite = Invita
group-edit = Modifica
group-publish = Pubblica
group-cancel = Annulla…
group-no-events = Ancora nessun evento. Programmare il primo forum di scambio o la prima visita di studio del gruppo.
group-public = Pagina pubblica del gruppo
group-feed-ics = Feed del calendario (.ics)
notice-created = L'evento è stato salvato come bozza. Pubblicarlo quando è pronto.
notice-published = Pubblicato: l'evento è sulle pagine pubbliche e nel feed del calendario.
notice-updated = Le modifiche sono state salvate. Gli iscritti vengono informati di un nuovo orario o luogo.
notice-cancelled = L'evento è stato annullato. Gli iscritti vengono avvisati via email.

## The event form
form-new = Nuovo evento per { $group }
form-edit = Modifica «{ $title }»
form-correct = Correggere i campi evidenziati ({ $count }).
form-what = Cosa
form-kind = Tipo
form-title = Titolo
form-description = Descrizione
form-when = Quando
form-local-time = Ora locale della sede.
form-starts = Inizio
form-ends = Fine
form-timezone = Fuso orario della sede
form-where = Dove
form-venue = Sede
form-address = Indirizzo
form-city = Città
form-country = Paese (codice ISO, ad es. IT)
form-host = Organizzazione ospitante (visite di studio)
form-seats = Posti
form-capacity = Posti (vuoto: nessun limite)
form-country-cap = Numero massimo di posti per paese (vuoto: nessun limite)
form-deadline = Termine per le iscrizioni (facoltativo)
form-agenda = Programma o itinerario
form-agenda-hint = Per un forum, sessioni con relatori; per una visita di studio, tappe con un luogo. Le righe vuote vengono ignorate.
form-add-row = Aggiungi una riga
form-from = Dalle
form-to = Alle
form-speaker = Relatore
form-place = Luogo
form-row-error = Questa riga { $message }
form-overlap = Programma comunque, anche se si sovrappone all'altro evento
form-past = Questo evento è nel passato. Spuntare la casella qui sotto per salvarlo comunque.
form-past-confirm = Salva comunque, anche se è nel passato
form-back = Torna indietro senza salvare
form-overlap-problem = L'evento si sovrapporrebbe a «{ $title }» ({ $when }) in questo gruppo. Spuntare «Programma comunque» qui sotto per salvarlo lo stesso.

## Registrations of an event
regs-title = Iscrizioni: { $title }
regs-csv = Scarica CSV
regs-sheet = Foglio presenze da stampare
regs-participation = Partecipazione
regs-confirmed = confermati
regs-waiting = in attesa
regs-cancelled = annullati
regs-attended = presenti
regs-seats-left = posti liberi
regs-by-country = Per paese
regs-by-kind = Per tipo di organizzazione
regs-kind = Tipo di organizzazione
regs-head-confirmed = Confermati
regs-head-waiting = In attesa
regs-head-cancelled = Annullati
regs-head-attended = Presenti
regs-none-yet = Ancora nessuna iscrizione.
regs-note = Nota
regs-attendance-of = Presenza di { $name }
regs-not-marked = non indicata
regs-cancel = Annulla iscrizione
regs-nobody = Ancora nessun iscritto.

## Cancelling a registration
rcancel-title = Annullare l'iscrizione di { $name }?
rcancel-crumb = Annulla un'iscrizione
rcancel-who = Iscrizione di { $name } ({ $email }, { $country }) a «{ $title }», { $when }: { $status }.
rcancel-told = La persona riceverà un'email nella sua lingua che la informa che gli organizzatori hanno annullato l'iscrizione, con un aggiornamento del calendario che rimuove l'evento.
rcancel-seat = Il posto passa alla prossima persona idonea in lista d'attesa.
rcancel-already = Questa iscrizione è già annullata.
rcancel-message = Messaggio a { $name } (facoltativo)
rcancel-hint = Spiegare il motivo con parole comprensibili; il messaggio viene inviato così come è scritto.
rcancel-submit = Sì, annulla l'iscrizione

## Cancelling an event
ecancel-title = Annullare «{ $title }»?
ecancel-registrants = { $count ->
    [one] { $count } persona iscritta riceverà un'email che comunica l'annullamento dell'evento, con un aggiornamento del calendario che lo rimuove.
   *[other] { $count } persone iscritte riceveranno un'email che comunica l'annullamento dell'evento, con un aggiornamento del calendario che lo rimuove.
}
ecancel-nobody = Non c'è ancora nessun iscritto.
ecancel-invitees = Vengono avvisati anche gli invitati che non hanno risposto.
ecancel-final = L'operazione è irreversibile.
ecancel-message = Messaggio ai destinatari (facoltativo)
ecancel-hint = Il motivo e i prossimi passi (magari una nuova data); il messaggio viene inviato così come è scritto.
ecancel-submit = Sì, annulla l'evento

## The mailing list
members-title = { $group }: mailing list
members-import-done = Importazione completata:
members-import-counts = { $added } aggiunti, { $updated } aggiornati, { $refused } rifiutati.
members-line = Riga { $line }: { $reason }
members-add = Aggiungi un membro
members-country = Paese (codice ISO)
members-language = Lingua delle email
members-add-submit = Aggiungi
members-import = Importa un foglio di calcolo
members-import-hint = Un file CSV (UTF-8) con una riga di intestazione: name, email, organisation, country, language. Gli indirizzi già presenti nella lista vengono aggiornati, non duplicati. Se il file non è leggibile, non viene importato nulla.
members-file = File CSV
members-import-submit = Importa
members-download = Scarica la lista in formato CSV
members-total = { $count ->
    [one] { $count } membro
   *[other] { $count } membri
}
members-page-of = Pagina { $page } di { $pages }
members-by-name = Pagina { $page } di { $pages }, in ordine di nome.
members-unsubscribed = disiscritto
members-remove = Rimuovi
members-pages = Pagine della lista
members-previous = ‹ Precedente
members-next = Successiva ›
members-empty = Ancora nessun membro: aggiungerli qui sopra o importare un foglio di calcolo.
members-removed = Rimosso dalla mailing list.
members-choose-file = Scegliere un file da importare: un CSV la cui prima riga contiene i nomi delle colonne.
members-nothing-imported = Non è stato importato nulla: il file { $reason }.
mremove-title = Rimuovere { $name } dalla mailing list?
mremove-crumb = Rimuovi
mremove-text = { $name } ({ $email }, { $country }) non riceverà più inviti da { $group }. Le iscrizioni già effettuate restano invariate; la persona non viene avvisata.
mremove-submit = Sì, rimuovi { $name }
mremove-keep = No, mantieni

## Invitations
inv-title = Inviti: { $title }
inv-heading = Invita persone a «{ $title }»
inv-who = Chi
inv-to-group = Tutti i membri di { $group } (ciascuno nella propria lingua)
inv-to-list = Questi indirizzi (in inglese):
inv-addresses = Indirizzi, uno per riga
inv-placeholder = un indirizzo per riga
inv-resend = Invia di nuovo a chi è già stato invitato
inv-submit = Invia gli inviti
inv-invited = Invitati ({ $count })
inv-answer = Risposta
inv-when-invited = Invitato il
inv-nobody = Ancora nessun invitato.
inv-queued = { $count ->
    [one] { $count } invito in coda; verrà inviato entro un minuto.
   *[other] { $count } inviti in coda; verranno inviati entro un minuto.
}
inv-skipped = { $count ->
    [one] { $count } persona esclusa: già invitata o disiscritta.
   *[other] { $count } persone escluse: già invitate o disiscritte.
}
inv-none-given = Scegliere i membri del gruppo o indicare almeno un indirizzo.
inv-bad-addresses = Questi non sono indirizzi email: { $list }. Non è stato inviato nulla.
iconfirm-title = Invitare { $group }?
iconfirm-crumb = Conferma
iconfirm-heading = Invitare i membri di { $group }?
iconfirm-count = { $count ->
    [one] { $count } persona riceverà un invito via email, nella propria lingua.
   *[other] { $count } persone riceveranno un invito via email, ciascuna nella propria lingua.
}
iconfirm-left-out = I membri già invitati vengono esclusi.
iconfirm-unsubscribed = I membri disiscritti non ricevono nulla.
iconfirm-submit = { $count ->
    [one] Sì, invia { $count } invito
   *[other] Sì, invia { $count } inviti
}
iconfirm-nobody = Nessuno riceverebbe l'email: tutti i membri sono già stati invitati o si sono disiscritti. Spuntare «Invia di nuovo a chi è già stato invitato» per invitarli ancora una volta.

## Outgoing mail
mail-title = Posta in uscita
mail-all = tutti
mail-to = A
mail-subject = Oggetto
mail-attempts = Tentativi
mail-last-error = Ultimo errore
mail-retry = Riprova
mail-none = Nessun messaggio.
mail-none-status = Nessun messaggio corrisponde a questi filtri.

## Audit log
audit-title = Registro attività
audit-intro = Le azioni dello staff, dalle più recenti (le ultime 500), con orari in { $zone }.
audit-when = Quando
audit-who = Chi
audit-action = Azione
audit-on = Oggetto
audit-detail = Dettagli
audit-none = Ancora nulla di registrato.

## Staff accounts
acc-title = Account dello staff
acc-who-has = Chi ha un account ({ $count })
acc-who = Chi
acc-state = Stato
acc-all = tutti
acc-disabled = disattivato
acc-invited = invitato, password non ancora impostata
acc-active = attivo
acc-change = Modifica
acc-invite = Invita una persona
acc-invite-hint = Riceverà un'email con un link per impostare la propria password (valido una sola volta, per 7 giorni).
acc-name-hint = (visibile agli altri membri dello staff)
acc-role-coordinator = Coordinatore dei gruppi selezionati qui sotto
acc-role-admin = Amministratore: tutti i gruppi e gli account dello staff
acc-groups-coordinator = (per un coordinatore)
acc-invite-language = Lingua dell'invito
acc-invite-submit = Invia l'invito
acc-active-box = Può accedere (deselezionare per disattivare: le sessioni e i token API terminano subito)
acc-back = Torna agli account
acc-notice-invited = L'invito è in partenza: il link per impostare la password è valido per 7 giorni.
acc-notice-saved = L'account è stato salvato.

## Erasing a person's data
erase-title = Cancella i dati di una persona
erase-done = Dati cancellati.
erase-done-counts = Eliminati: { $registrations } iscrizioni, { $invitations } inviti, { $members } voci di mailing list e { $messages } messaggi.
erase-nothing = Non è conservato nulla per { $email }: nessuna iscrizione, invito, voce di mailing list o messaggio.
erase-found = Per { $email } sono conservati { $registrations } iscrizioni, { $invitations } inviti, { $members } voci di mailing list e { $messages } messaggi. La cancellazione li elimina tutti ed è irreversibile.
erase-submit = Sì, cancella tutti i dati di { $email }
erase-intro = Quando una persona chiede di essere dimenticata, questa funzione elimina tutto ciò che è conservato per il suo indirizzo: le sue iscrizioni a tutti gli eventi (un posto occupato prima di un evento passa alla prossima persona in attesa), i suoi inviti, le sue voci nelle mailing list di tutti i gruppi e tutte le email inviate o in attesa di invio a quell'indirizzo. Prima di eliminare qualsiasi cosa viene mostrato che cosa verrebbe cancellato. Il registro attività annota che è avvenuta una cancellazione, ma non di chi.
erase-address = Indirizzo email della persona
erase-show = Mostra cosa è conservato per questo indirizzo
erase-bad-address = Inserire l'indirizzo così come è stato comunicato, ad es. nome@example.org.

## The attendance sheet
sheet-title = Foglio presenze: { $title }
sheet-date = Data:
sheet-venue = Sede:
sheet-back = Indietro
sheet-print = Stampare questa pagina dal browser (Ctrl+P).
sheet-signature = Firma
sheet-total = { $count ->
    [one] { $count } partecipante confermato.
   *[other] { $count } partecipanti confermati.
}
sheet-organiser = Firma dell'organizzatore:

## Field errors of the staff forms
field-after-start = deve essere dopo l'inizio
field-before-start = deve essere prima dell'inizio dell'evento
field-within-event = deve cadere tra l'inizio e la fine dell'evento
field-after-previous = deve venire dopo la voce precedente
field-timezone = deve essere un fuso orario IANA, ad es. Europe/Rome
field-timezone-perhaps = deve essere il nome di un fuso orario IANA: forse { $list }
field-capacity = deve essere un numero intero da 1 a 100000, oppure vuoto per nessun limite
field-country-cap = deve essere un numero intero pari ad almeno 1, oppure vuoto per nessun limite
field-cap-above-capacity = non può superare il numero di posti
field-below-confirmed = non può essere inferiore alle { $count } iscrizioni confermate
field-below-country = non può essere inferiore alle { $count } iscrizioni confermate di un paese
field-time = deve essere una data con ora
field-password-short = deve avere almeno 12 caratteri
wait-seconds = { $count ->
    [one] { $count } secondo
   *[other] { $count } secondi
}
wait-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuti
}
inv-started = L'evento è iniziato: gli inviti si inviano solo per eventi futuri.
field-number = deve essere un numero intero
audit-group = Gruppo
audit-any = tutti i gruppi
audit-anyone = chiunque
audit-filter = Mostra
mail-intro = Gli ultimi 500 messaggi, con orari in { $zone }.
mail-any-event = tutti gli eventi
mail-day = Scritto il
mail-written = Scritto
mail-show-text = Leggi
mail-text = Il messaggio come inviato (testo)
mail-back = Torna alla posta in uscita
acc-language = Lingua delle pagine e delle email
acc-language-browser = come richiede il browser
acc-again-heading = Invia di nuovo il link
acc-again-hint = L'invito non ha ancora avuto risposta: invii un nuovo link per impostare la password (vale una volta, per 7 giorni); i link inviati prima non funzionano più.
acc-again-submit = Invia un nuovo link
acc-reset-hint = Riceve un link per impostare una nuova password (vale una volta, per 7 giorni); fino ad allora vale la password attuale.
inv-publish-first = Pubblichi l'evento prima di invitare le persone.
acc-last-admin = È l'ultimo amministratore attivo: nomini prima un altro amministratore.
acc-exists = Esiste già un account staff per { $email }.
field-language = deve essere uno di questi codici: en, it, de, hu, sk, cs, pl, sl
members-earlier = { $email } compare già prima nel file
epublish-title = Pubblicare «{ $title }»?
epublish-overlap = Si sovrappone a «{ $title }» ({ $when }) in questo gruppo. Pubblicarlo comunque?
epublish-anyway = Pubblica comunque
event-edit = Modifica evento
members-no-column = non ha la colonna { $columns } nella riga di intestazione
members-not-csv = non è un CSV valido ({ $detail })
audit-act-event-schedule = evento programmato
audit-act-event-change = evento modificato
audit-act-event-publish = evento pubblicato
audit-act-event-cancel = evento annullato
audit-act-event-invite = inviti inviati
audit-act-registration-cancel = iscrizione annullata
audit-act-registration-attendance = presenza registrata
audit-act-members-add = membro aggiunto
audit-act-members-remove = membro rimosso
audit-act-members-import = membri importati
audit-act-group-create = gruppo creato
audit-act-staff-invite = membro dello staff invitato
audit-act-staff-reinvite = nuovo link di accesso inviato
audit-act-staff-change = account dello staff modificato
audit-act-person-erase = persona cancellata
audit-act-mail-retry = e-mail inviata di nuovo
audit-act-export = elenco esportato
members-added = Salvato nella mailing list.
regs-done-attendance = Presenza salvata.
regs-done-cancelled = Iscrizione annullata. La persona viene avvisata via e-mail.
form-audience = Per chi è
form-audience-hint = Le riunioni interne del progetto non contano mai negli indicatori del programma.
audience-closed = Partecipanti invitati o iscritti
audience-public = Aperto a tutti
audience-internal = Riunione interna del progetto
planed-title = Piano strategico di { $group }
planed-saved = Salvato.
planed-adopted = Adottato: questa versione è congelata così com'è.
planed-deleted = Azione chiave eliminata.
planed-moved = Spostata.
planed-adopted-badge = adottato
planed-text = Titolo e sintesi
planed-summary = Sintesi
planed-summary-hint = Testo semplice; lasci una riga vuota tra i paragrafi.
planed-create = Crea il piano
planed-up = Su
planed-down = Giù
planed-delete = Elimina
planed-add = Aggiungi un'azione chiave
planed-parent = Parte di
planed-top-level = (azione chiave a sé)
planed-add-button = Aggiungi e apri
planed-versions = Adozione e versioni
planed-adopt-hint = Adottare congela il piano com'è come versione { $version }; quella versione resta leggibile com'era, qualunque cosa cambi dopo.
planed-adopt = Adotta come versione { $version }
planed-version = Versione { $version }, { $when }
planed-compare = confronta con oggi
planed-owners-hint = Una per riga: organizzazione, codice paese (Milano Metropoli, IT).
planed-targets = Obiettivi
planed-targets-hint = Lasci vuoto un obiettivo dove non si applica. L'avanzamento è la media sugli obiettivi impostati.
planed-events = Eventi del gruppo a cui serve questa azione
planed-progress = Avanzamento
planed-progress-now = Ora { $percent } %
planed-manual = Imposta l'avanzamento a mano
planed-percent = Avanzamento in percentuale (da 0 a 100)
planed-reason = Perché (obbligatorio se impostato a mano)
compare-title = La versione { $version } accanto al piano di oggi
compare-changed = modificato
compare-same = invariato
compare-change = Modifica
compare-then = Nella versione { $version }
compare-now = Ora
compare-added = aggiunta
compare-removed = rimossa
compare-field-title = titolo
compare-field-description = descrizione
compare-field-due = scadenza
compare-field-status = stato
compare-field-owners = responsabili
compare-field-targets = obiettivi
compare-field-events = eventi
staff-plan = Piano strategico
staff-materials = Materiali
mat-added = Materiale aggiunto.
mat-deleted = Materiale eliminato.
mat-told = I partecipanti confermati vengono avvisati, ciascuno nella sua lingua.
mat-list = Materiali
mat-tell-hint = Invia a ogni partecipante confermato un'e-mail nella sua lingua, con il suo link ai materiali che può vedere.
mat-tell = Avvisa i partecipanti che i materiali sono online
mat-none = Ancora nessun materiale.
mat-add = Aggiungi un file o un link
mat-kind = Tipo
mat-language = Lingua del materiale
mat-any-language = (qualsiasi o più lingue)
mat-visibility = Chi può vederlo
mat-vis-participants = Partecipanti confermati
mat-vis-public = Chiunque
mat-vis-staff = Solo lo staff del gruppo
mat-file = File (al massimo 25 MB)
mat-file-hint = Oppure lo lasci vuoto e indichi un link qui sotto (un video, una cartella condivisa).
mat-url = Link (http o https)
mat-add-button = Aggiungi
form-serves = Azioni chiave del piano a cui serve questo evento
field-day = deve essere un giorno
field-target = deve essere un numero intero da 1 a 1.000.000, o vuoto
field-percent = deve essere una percentuale da 0 a 100
field-events-group = devono essere eventi del gruppo di questa azione
field-parent = deve essere un'azione chiave a sé di questo piano (le sotto-azioni non ne hanno)
field-web-link = deve essere un indirizzo che inizia con http:// o https://
field-file-or-link = indichi un file o un link, non entrambi
audit-act-plan-change = piano modificato
audit-act-plan-adopt = piano adottato
audit-act-action-add = azione chiave aggiunta
audit-act-action-change = azione chiave modificata
audit-act-action-delete = azione chiave eliminata
audit-act-action-move = azione chiave spostata
audit-act-action-link = evento collegato ad azioni chiave
audit-act-material-add = materiale aggiunto
audit-act-material-delete = materiale eliminato
audit-act-material-announce = partecipanti avvisati dei materiali
mat-last-told = Sono stati avvisati l'ultima volta il { $when }.
mat-tell-again = Avvisa di nuovo i partecipanti
reports-title = Rapporti
reports-intro = Gli indicatori richiesti dal programma, dagli eventi svolti in un periodo: ognuno porta alle partecipazioni che conta.
reports-presets = Periodi di rendicontazione
reports-field-from = Dal
reports-field-to = Al
reports-field-group = Gruppi
reports-field-label = Etichetta
reports-groups-hint = Nessuno selezionato: tutti i gruppi che coordini.
reports-show = Mostra gli indicatori
reports-invalid = Questi indicatori non si possono mostrare:
reports-period = dal { $from } al { $to }
reports-figures = Indicatori
reports-events-held = eventi svolti
reports-events-split = forum: { $forums } · visite di studio: { $visits } · pubblici: { $public }
reports-registrations = iscrizioni
reports-participations = partecipazioni
reports-no-shows = assenti
reports-people = persone
reports-organisations = organizzazioni
reports-new-returning = { $new } nuove, { $returning } già presenti
reports-countries = paesi
reports-indicators = Indicatori del programma
reports-indicator = Indicatore
reports-indicator-what = Che cosa conta
reports-value = Valore
reports-rco81 = Partecipazioni ad azioni congiunte transfrontaliere (presenze agli eventi riservati)
reports-rco115 = Eventi pubblici svolti
reports-rco87 = Organizzazioni che cooperano oltre confine (presenti a un evento con persone di due o più paesi)
reports-rco83 = Strategie e piani d'azione sviluppati congiuntamente (adottati nel periodo, responsabili di due o più paesi)
reports-by-country = Partecipazioni per paese
reports-by-kind = Partecipazioni per tipo di organizzazione
reports-by-month = Partecipazioni per mese
reports-none = Nessuna partecipazione in questo periodo.
reports-download = Download
reports-download-hint = La cartella di lavoro e il CSV nominano i partecipanti: ogni download è registrato nel registro delle attività.
reports-xlsx = Cartella di lavoro (XLSX)
reports-csv = Righe (CSV)
reports-evidence = Pacchetto di prove (ZIP)
reports-freeze = Congela questi indicatori
reports-freeze-hint = Un'istantanea conserva gli indicatori esattamente come sono ora, qualunque cosa venga modificata o cancellata in seguito: congelali quando rendiconti il periodo.
reports-label = Etichetta
reports-label-example = Rapporto periodo 3
reports-freeze-button = Congela il rapporto
reports-snapshots = Rapporti congelati
reports-frozen-on = congelato { $when }
reports-no-snapshots = Nessun rapporto è ancora stato congelato.
reports-periods = Periodi di rendicontazione del programma
reports-periods-hint = I periodi impostati qui sono proposti a tutti i coordinatori come scelte rapide.
reports-period-delete = Rimuovi
reports-period-example = Periodo 3
reports-period-add = Aggiungi il periodo
reports-frozen = Questi indicatori sono stati congelati { $when } e non cambiano.
reports-rows-participations = Partecipazioni
reports-rows-no_shows = Assenti
reports-rows-registrations = Iscrizioni
reports-rows-count = righe: { $count }
reports-day = Giorno
reports-attendance = Presenza
reports-erased = (cancellato)
reports-mark-attended = presente
reports-mark-no_show = assente
reports-mark-unmarked = non registrata
dash-reports = Rapporti
field-not-before-from = non può essere prima del primo giorno
field-ten-years = può essere al massimo dieci anni dopo il primo giorno
field-period-label-taken = è l'etichetta di un altro periodo
audit-act-organisation-merge = Organizzazioni unite
audit-act-report-snapshot = Rapporto congelato
audit-act-report-period-add = Periodo di rendicontazione aggiunto
audit-act-report-period-delete = Periodo di rendicontazione rimosso
attimp-title = Presenze importate
attimp-refused = Righe non importate
attimp-line = Riga { $line }
attimp-back = Torna alle iscrizioni
attimp-heading = Importa le presenze
attimp-hint = Per un evento svolto prima di usare clustercord, o registrato su carta: un file CSV (UTF-8) con una riga di intestazione: name, email, organisation, country, kind, attended (yes o no). Ogni riga diventa un'iscrizione confermata, o segna quella già presente per quell'indirizzo. Nessuno riceve email.
attimp-file = File delle presenze (CSV)
audit-act-attendance-import = Presenze importate
field-yes-no = deve essere yes o no (o vuoto se non registrato)
reports-col-people = Persone
reports-col-organisations = Organizzazioni
reports-frozen-xlsx = Indicatori congelati (XLSX)
reports-download-live = Contengono gli indicatori come sono ora; un rapporto congelato conserva i propri, scaricabili dalla sua pagina.
dash-organisations = Organizzazioni
orgs-title = Organizzazioni
orgs-intro = Ogni organizzazione che si è iscritta, contata una volta sola comunque sia stata scritta. Cercatene una, vedetene le iscrizioni o unite due grafie della stessa organizzazione.
orgs-search = Nome o altra grafia
orgs-search-button = Cerca
orgs-aliases = Scritta anche
orgs-participations = Partecipazioni
orgs-none = Nessuna organizzazione corrisponde.
orgs-limited = Sono mostrate solo le prime { $count }: restringete la ricerca.
orgs-registrations = Iscrizioni
orgs-registrations-hint = Agli eventi dei gruppi che coordinate.
orgs-no-registrations = Nessuna iscrizione a questi eventi.
orgs-merge = Unisci a un'altra organizzazione
orgs-merge-hint = Se questa è un'altra grafia di un'organizzazione dello stesso paese, unitela: le sue iscrizioni e i suoi membri contano da allora per quell'organizzazione, e questa grafia le viene attribuita ogni volta che qualcuno la digita di nuovo. L'unione è registrata nel registro di controllo.
orgs-merge-into = L'organizzazione che è in realtà
orgs-merge-button = Unisci
orgs-merge-nothing = In questo paese non c'è un'altra organizzazione con cui unirla.

## B2B meetings
b2b-staff-heading = Incontri B2B
b2b-staff-session = Sessione
b2b-staff-session-hint = Gli orari sono nel fuso dell’evento. La finestra è divisa in fasce della durata scelta; l’eventuale resto alla fine resta libero.
b2b-field-starts_at = Inizio degli incontri
b2b-field-ends_at = Fine degli incontri
b2b-field-slot_minutes = Minuti per incontro
b2b-field-tables = Tavoli
b2b-field-requests_close_at = Chiusura delle richieste
b2b-staff-save-session = Salva la sessione
b2b-staff-figures = A che punto siamo
b2b-staff-profiles = Profili
b2b-staff-requests = Richieste
b2b-staff-requests-counts = { $pending } in attesa, { $accepted } accettate, { $declined } rifiutate
b2b-staff-placed = Incontri assegnati
b2b-staff-placed-of = { $placed } su un massimo di { $bound } consentito dalle regole
b2b-staff-replan = Ripianifica da capo (gli incontri bloccati restano)
b2b-staff-schedule = Pianifica le richieste accettate
b2b-staff-publish = Pubblica le agende per e-mail
b2b-staff-publish-again = Invia di nuovo le agende
b2b-staff-published-at = Agende pubblicate la prima volta il { $when }.
b2b-staff-print = Piano dei tavoli e segnaposto
b2b-staff-unplaced = Accettate ma non assegnate
b2b-staff-meetings = Incontri per fascia oraria
b2b-staff-who = Chi si incontra
b2b-staff-move = Sposta a mano
b2b-staff-move-lock = Sposta e blocca
b2b-staff-slot = Fascia
b2b-staff-locked = bloccato
b2b-staff-slot-empty = Nessun incontro in questa fascia.
b2b-staff-done-session = La sessione è salvata.
b2b-staff-done-scheduled = Le richieste accettate sono pianificate.
b2b-staff-done-published = Le agende sono in partenza, ciascuna nella lingua del partecipante.
b2b-staff-done-moved = L’incontro è spostato e bloccato lì.
b2b-move-refused = Questo spostamento viola una regola
b2b-reason-not-yet = non ancora pianificata: avvii la pianificazione
b2b-reason-no-availability = { $name } non ha indicato quando è disponibile
b2b-reason-no-common-slot = non c’è una fascia in cui entrambi siano liberi
b2b-reason-person-busy = { $name } ha già un altro incontro in ogni fascia in cui entrambi sono liberi
b2b-reason-both-busy = entrambi hanno già altri incontri in ogni fascia in cui sono liberi
b2b-reason-tables-full = in ogni fascia in cui entrambi sono liberi tutti i tavoli sono occupati
b2b-reason-mixed = in ogni fascia in cui entrambi sono liberi, uno dei due ha un altro incontro o tutti i tavoli sono occupati
b2b-reason-invalid = la richiesta non indica due persone diverse
b2b-tables-title = Piano dei tavoli: { $title }
b2b-tables-cards = Segnaposto
