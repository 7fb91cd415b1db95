greeting = Gentile { $name },
label-when = Quando
label-where = Dove
label-programme = Programma
label-now = Ora
label-before = Prima
link-event = Pagina dell'evento
link-manage = Visualizza o annulla la tua iscrizione
calendar-adds = Il file di calendario allegato aggiunge l'evento al tuo calendario.
calendar-updates = Il file di calendario allegato aggiorna l'evento nel tuo calendario.
calendar-removes = Il file di calendario allegato rimuove l'evento dal tuo calendario.
footer = Inviato da clustercord, { $url }
kind-exchange_forum = Forum di scambio
kind-study_visit = Visita di studio
confirmed-subject = Confermato: { $title } — { $when }
confirmed-intro = il tuo posto per «{ $title }» è confermato.
confirmed-hint = Se non puoi partecipare, annulla l'iscrizione: il tuo posto andrà a chi è in lista d'attesa.
waitlisted-subject = Lista d'attesa (n. { $position }): { $title }
waitlisted-intro = al momento «{ $title }» è al completo: sei in lista d'attesa, al numero { $position }.
waitlisted-country-intro = «{ $title }» ha ancora posti liberi, ma quelli per i partecipanti del tuo paese sono al momento esauriti (al massimo { $cap } per paese): sei in lista d'attesa, al numero { $position }.
waitlisted-hint = Appena si libera un posto avanzi automaticamente e ti scriviamo subito.
link-waitlist = Visualizza la tua posizione o esci dalla lista d'attesa
promoted-subject = Un posto per te: { $title } — { $when }
promoted-intro = buone notizie: si è liberato un posto e la tua iscrizione a «{ $title }» è ora confermata.
cancelled-subject = Annullata: la tua iscrizione a { $title }
cancelled-intro = la tua iscrizione a «{ $title }» è stata annullata. Grazie per avercelo comunicato: il tuo posto va alla prossima persona in lista d'attesa.
cancelled-hint = Puoi iscriverti di nuovo dalla pagina dell'evento finché le iscrizioni sono aperte.
staff-cancelled-subject = Gli organizzatori hanno annullato la tua iscrizione a { $title }
staff-cancelled-intro = gli organizzatori di «{ $title }» hanno annullato la tua iscrizione.
staff-cancelled-reason = Il loro messaggio:
staff-cancelled-hint = Se pensi che sia un errore, rispondi a questa email.
changed-subject = Modifica: { $title } — { $when }
changed-intro = l'orario o il luogo di «{ $title }» sono cambiati.
event-cancelled-subject = Annullato: { $title } — { $when }
event-cancelled-intro = ci dispiace: «{ $title }» è stato annullato. La tua iscrizione decade e non devi fare nulla.
event-cancelled-invitee-intro = ci dispiace: «{ $title }», a cui eri stato invitato, è stato annullato. Non devi fare nulla.
invitation-subject = Invito: { $title } — { $when }
invitation-greeting = Buongiorno,
invitation-intro = sei invitato a «{ $title }», organizzato dal gruppo tematico { $group }.
invitation-register = Iscriviti ora
invitation-decline = Non posso partecipare
invitation-seats = I posti sono limitati e vengono assegnati in ordine di iscrizione.
reminder-subject = Promemoria: { $title } — { $when }
reminder-intro = ti ricordiamo che «{ $title }» si avvicina. Ti aspettiamo!
unsubscribe = Non ricevere più inviti da questo gruppo
test-subject = Messaggio di prova di clustercord
test-body = Questo è un messaggio di prova di clustercord. Se riesci a leggerlo, la posta in uscita funziona.
link-subject = La tua iscrizione: { $title }
link-intro = qualcuno (speriamo tu) ha provato a iscrivere di nuovo questo indirizzo a “{ $title }”. Sei già iscritto; ecco il link alla tua iscrizione.
link-hint = Se non sei stato tu, non devi fare nulla: senza questo link nessun altro può vedere o modificare la tua iscrizione.

## Staff accounts
staff-invitation-subject = Il tuo account staff su clustercord: imposta la password
staff-invitation-intro = { $inviter } ti ha creato un account staff su clustercord.
staff-invitation-admin = Come amministratore gestisci tutti i gruppi tematici e gli account dello staff.
staff-invitation-coordinator = Come coordinatore programmi i forum e le visite di studio dei tuoi gruppi, inviti i membri e segui le iscrizioni.
staff-invitation-action = Imposta la password
staff-invitation-hint = Il link funziona una sola volta, per 7 giorni. Se non ti aspettavi questa email, ignorala.
materials-subject = Materiali online: { $title }
materials-intro = { $count ->
    [one] Un materiale di «{ $title }» (verbale, slide o foto) è online per i partecipanti.
   *[other] { $count } materiali di «{ $title }» (verbale, slide o foto) sono online per i partecipanti.
}
materials-open = Apri i materiali
materials-private = Il link è solo suo: permette anche di vedere o annullare la sua iscrizione.

## B2B meetings
b2b-request-subject = Richiesta di incontro da { $name } ({ $organisation }): { $title }
b2b-request-intro = { $name } di { $organisation } ({ $country }) le chiede un incontro B2B a “{ $title }”.
b2b-label-offers = Offre
b2b-label-seeks = Cerca
b2b-label-message = Messaggio
b2b-label-table = Tavolo
b2b-label-with = Con
b2b-request-answer = Accetta o rifiuta
b2b-request-hint = Una richiesta senza risposta alla chiusura delle richieste scade. Gli organizzatori assegnano agli incontri accettati un orario e un tavolo, e lei riceverà la sua agenda prima dell’evento.
b2b-accepted-subject = { $name } ha accettato la sua richiesta di incontro: { $title }
b2b-declined-subject = { $name } ha rifiutato la sua richiesta di incontro: { $title }
b2b-accepted-intro = { $name } di { $organisation } ha accettato la sua richiesta. Gli organizzatori assegneranno all’incontro un orario e un tavolo, e lei riceverà la sua agenda.
b2b-declined-intro = { $name } di { $organisation } ha rifiutato la sua richiesta. Finché le richieste sono aperte può chiedere ad altri partecipanti.
b2b-open-page = Apri i suoi incontri B2B
b2b-agenda-subject = I suoi incontri B2B: { $title }
b2b-agenda-intro = { $count ->
    [one] ecco il suo incontro B2B a “{ $title }”:
   *[other] ecco i suoi { $count } incontri B2B a “{ $title }”:
}
b2b-agenda-none = a “{ $title }” non è stato possibile assegnarle alcun incontro B2B. Se accetta richieste ancora aperte, gli organizzatori potranno inserirle più tardi.
b2b-agenda-calendar = Il file di calendario allegato aggiunge ogni incontro al suo calendario; un’agenda successiva li sposta lì.
b2b-calendar-title = Incontro B2B: { $name } ({ $organisation })
b2b-calendar-table = Tavolo { $table }
b2b-reminder-subject = In attesa della sua risposta: { $name }, { $title }
b2b-reminder-intro = { $name } di { $organisation } ({ $country }) le ha chiesto un incontro B2B a “{ $title }” e le richieste chiudono entro un giorno. La preghiamo di accettare o rifiutare, così che gli organizzatori possano pianificare.
b2b-outcome-subject = Com’è andata con i suoi incontri B2B? { $title }
b2b-outcome-intro = è passato un po’ di tempo dai suoi incontri B2B a “{ $title }”. Ci direbbe, per ogni incontro, com’è andata? Basta un clic per incontro e conta nel rapporto del programma.
b2b-outcome-choices = Le risposte: nessun altro contatto, ancora in contatto, oppure accordo di cooperazione raggiunto.
b2b-calendar-dropped = Incontro B2B (annullato)
