//! The tables of both backends, as diesel sees them. Kept by hand in step with
//! `migrations/postgres` and `migrations/sqlite`, which create the same columns.

diesel::table! {
    thematic_groups (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        description -> Text,
        coordinating_organisation -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    organisation_kinds (code) {
        code -> Text,
        name -> Text,
    }
}

diesel::table! {
    staff_users (id) {
        id -> BigInt,
        email -> Text,
        email_key -> Text,
        display_name -> Text,
        password_hash -> Text,
        role -> Text,
        created_at -> Timestamp,
        disabled_at -> Nullable<Timestamp>,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    staff_groups (user_id, group_id) {
        user_id -> BigInt,
        group_id -> BigInt,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff_sessions (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    password_links (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    members (id) {
        id -> BigInt,
        group_id -> BigInt,
        name -> Text,
        email -> Text,
        email_key -> Text,
        organisation -> Text,
        country -> Text,
        language -> Text,
        organisation_kind -> Nullable<Text>,
        unsubscribe_token -> Text,
        unsubscribed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        organisation_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    events (id) {
        id -> BigInt,
        group_id -> BigInt,
        kind -> Text,
        status -> Text,
        title -> Text,
        description -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        timezone -> Text,
        venue_name -> Text,
        venue_address -> Text,
        venue_city -> Text,
        venue_country -> Text,
        host_organisation -> Nullable<Text>,
        capacity -> Nullable<Integer>,
        country_cap -> Nullable<Integer>,
        registration_deadline -> Nullable<Timestamp>,
        confirmed_count -> Integer,
        waitlisted_count -> Integer,
        sequence -> Integer,
        reply_to -> Nullable<Text>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
        audience -> Text,
    }
}

diesel::table! {
    agenda_items (id) {
        id -> BigInt,
        event_id -> BigInt,
        position -> Integer,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        title -> Text,
        speaker -> Nullable<Text>,
        place -> Nullable<Text>,
    }
}

diesel::table! {
    event_country_seats (event_id, country) {
        event_id -> BigInt,
        country -> Text,
        confirmed -> Integer,
    }
}

diesel::table! {
    registrations (id) {
        id -> BigInt,
        event_id -> BigInt,
        name -> Text,
        email -> Text,
        email_key -> Text,
        organisation -> Text,
        country -> Text,
        language -> Text,
        organisation_kind -> Nullable<Text>,
        note -> Nullable<Text>,
        status -> Text,
        manage_token -> Text,
        attendance -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        confirmed_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
        link_resent_at -> Nullable<Timestamp>,
        organisation_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    invitations (id) {
        id -> BigInt,
        event_id -> BigInt,
        member_id -> Nullable<BigInt>,
        name -> Nullable<Text>,
        email -> Text,
        email_key -> Text,
        language -> Text,
        token -> Text,
        invited_at -> Timestamp,
        sent_count -> Integer,
        declined_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        message_id -> Text,
        kind -> Text,
        recipient -> Text,
        language -> Text,
        subject -> Text,
        reply_to -> Nullable<Text>,
        list_unsubscribe -> Nullable<Text>,
        attachment_name -> Nullable<Text>,
        attachment_content_type -> Nullable<Text>,
        dedup_key -> Nullable<Text>,
        event_id -> Nullable<BigInt>,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        claimed_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    outbox_bodies (message_id) {
        message_id -> Text,
        body_text -> Text,
        body_html -> Text,
        attachment_body -> Nullable<Text>,
    }
}

diesel::table! {
    outbox_attempts (id) {
        id -> BigInt,
        outbox_id -> BigInt,
        attempted_at -> Timestamp,
        outcome -> Text,
        error -> Nullable<Text>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        actor_user_id -> Nullable<BigInt>,
        actor_email -> Nullable<Text>,
        action -> Text,
        subject -> Text,
        detail -> Nullable<Text>,
        group_id -> Nullable<BigInt>,
        event_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    plans (id) {
        id -> BigInt,
        group_id -> BigInt,
        title -> Text,
        summary -> Text,
        status -> Text,
        version -> Integer,
        adopted_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    plan_versions (id) {
        id -> BigInt,
        plan_id -> BigInt,
        version -> Integer,
        adopted_at -> Timestamp,
        adopted_by -> Nullable<BigInt>,
        snapshot -> Text,
    }
}

diesel::table! {
    key_actions (id) {
        id -> BigInt,
        plan_id -> BigInt,
        parent_id -> Nullable<BigInt>,
        position -> Integer,
        title -> Text,
        description -> Text,
        due -> Nullable<Text>,
        status -> Text,
        target_events -> Nullable<Integer>,
        target_participants -> Nullable<Integer>,
        target_organisations -> Nullable<Integer>,
        target_countries -> Nullable<Integer>,
        progress_manual -> Nullable<Double>,
        progress_reason -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    action_owners (id) {
        id -> BigInt,
        action_id -> BigInt,
        position -> Integer,
        organisation -> Text,
        country -> Text,
    }
}

diesel::table! {
    action_events (action_id, event_id) {
        action_id -> BigInt,
        event_id -> BigInt,
    }
}

diesel::table! {
    materials (id) {
        id -> BigInt,
        group_id -> BigInt,
        event_id -> Nullable<BigInt>,
        title -> Text,
        kind -> Text,
        language -> Nullable<Text>,
        visibility -> Text,
        url -> Nullable<Text>,
        file_name -> Nullable<Text>,
        content_type -> Nullable<Text>,
        size -> Nullable<BigInt>,
        data -> Nullable<Binary>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    organisations (id) {
        id -> BigInt,
        key -> Text,
        country -> Text,
        name -> Text,
        kind -> Nullable<Text>,
        merged_into -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reporting_periods (id) {
        id -> BigInt,
        label -> Text,
        from_date -> Text,
        to_date -> Text,
    }
}

diesel::table! {
    report_snapshots (id) {
        id -> BigInt,
        label -> Text,
        from_date -> Text,
        to_date -> Text,
        report -> Text,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    report_snapshot_groups (snapshot_id, group_id) {
        snapshot_id -> BigInt,
        group_id -> BigInt,
    }
}

diesel::table! {
    b2b_sessions (event_id) {
        event_id -> BigInt,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        slot_minutes -> Integer,
        tables -> Integer,
        requests_close_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
        outcomes_asked_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    b2b_profiles (id) {
        id -> BigInt,
        event_id -> BigInt,
        registration_id -> BigInt,
        offers -> Text,
        seeks -> Text,
        available -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    b2b_requests (id) {
        id -> BigInt,
        event_id -> BigInt,
        from_profile -> BigInt,
        to_profile -> BigInt,
        message -> Text,
        status -> Text,
        created_at -> Timestamp,
        answered_at -> Nullable<Timestamp>,
        reminded_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    b2b_meetings (id) {
        id -> BigInt,
        event_id -> BigInt,
        request_id -> BigInt,
        slot -> Integer,
        table_number -> Integer,
        locked -> Bool,
        outcome_from -> Nullable<Text>,
        outcome_to -> Nullable<Text>,
        key_action_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    b2b_sent_entries (profile_id, request_id) {
        profile_id -> BigInt,
        request_id -> BigInt,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
    }
}

diesel::joinable!(staff_groups -> staff_users (user_id));
diesel::joinable!(staff_groups -> thematic_groups (group_id));
diesel::joinable!(api_tokens -> staff_users (user_id));
diesel::joinable!(staff_sessions -> staff_users (user_id));
diesel::joinable!(password_links -> staff_users (user_id));
diesel::joinable!(members -> thematic_groups (group_id));
diesel::joinable!(events -> thematic_groups (group_id));
diesel::joinable!(agenda_items -> events (event_id));
diesel::joinable!(registrations -> events (event_id));
diesel::joinable!(invitations -> events (event_id));
diesel::joinable!(outbox_attempts -> outbox (outbox_id));
diesel::joinable!(plans -> thematic_groups (group_id));
diesel::joinable!(plan_versions -> plans (plan_id));
diesel::joinable!(key_actions -> plans (plan_id));
diesel::joinable!(action_owners -> key_actions (action_id));
diesel::joinable!(action_events -> key_actions (action_id));
diesel::joinable!(action_events -> events (event_id));
diesel::joinable!(materials -> thematic_groups (group_id));
diesel::joinable!(materials -> events (event_id));
diesel::joinable!(registrations -> organisations (organisation_id));
diesel::joinable!(members -> organisations (organisation_id));
diesel::joinable!(report_snapshot_groups -> report_snapshots (snapshot_id));
diesel::joinable!(report_snapshot_groups -> thematic_groups (group_id));

diesel::joinable!(b2b_sessions -> events (event_id));
diesel::joinable!(b2b_profiles -> registrations (registration_id));
diesel::joinable!(b2b_meetings -> b2b_requests (request_id));

diesel::allow_tables_to_appear_in_same_query!(
    thematic_groups,
    organisation_kinds,
    staff_users,
    staff_groups,
    api_tokens,
    staff_sessions,
    password_links,
    members,
    events,
    agenda_items,
    event_country_seats,
    registrations,
    invitations,
    outbox,
    outbox_bodies,
    outbox_attempts,
    audit_log,
    plans,
    plan_versions,
    key_actions,
    action_owners,
    action_events,
    materials,
    organisations,
    reporting_periods,
    report_snapshots,
    report_snapshot_groups,
    b2b_sessions,
    b2b_profiles,
    b2b_requests,
    b2b_meetings,
    b2b_sent_entries,
);
