//! Against the real OS keyring: `make test` runs these inside their own D-Bus session with an
//! unlocked gnome-keyring (scripts/with-keyring). Each test uses its own service name.

use std::time::{SystemTime, UNIX_EPOCH};

use credentials::{Keyring, SecretKind};
use europace::environment::Environment;

fn keyring(test: &str) -> Keyring {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    Keyring::new(format!(
        "leadbridge-test-{test}-{}-{nanos}",
        std::process::id()
    ))
}

#[test]
fn a_secret_is_stored_read_replaced_and_deleted() {
    let keyring = keyring("roundtrip");
    let (stage, kind) = (Environment::Test, SecretKind::EuropaceClientSecret);
    assert!(
        !keyring
            .is_set(stage, kind)
            .expect("Secret Service reachable (run via make test)")
    );

    keyring.set(stage, kind, "erstes-geheimnis").unwrap();
    assert_eq!(
        keyring.get(stage, kind).unwrap().unwrap().expose(),
        "erstes-geheimnis"
    );
    keyring.set(stage, kind, "zweites-geheimnis").unwrap();
    assert_eq!(
        keyring.get(stage, kind).unwrap().unwrap().expose(),
        "zweites-geheimnis"
    );

    keyring.delete(stage, kind).unwrap();
    assert!(keyring.get(stage, kind).unwrap().is_none());
    keyring.delete(stage, kind).unwrap();
}

#[test]
fn entries_are_separate_per_environment_and_kind() {
    let keyring = keyring("separate");
    keyring
        .set(Environment::Test, SecretKind::DrKleinJwt, "jwt-test")
        .unwrap();
    keyring
        .set(Environment::Produktion, SecretKind::DrKleinJwt, "jwt-prod")
        .unwrap();
    assert_eq!(
        keyring
            .get(Environment::Test, SecretKind::DrKleinJwt)
            .unwrap()
            .unwrap()
            .expose(),
        "jwt-test"
    );
    assert_eq!(
        keyring
            .get(Environment::Produktion, SecretKind::DrKleinJwt)
            .unwrap()
            .unwrap()
            .expose(),
        "jwt-prod"
    );
    assert!(
        !keyring
            .is_set(Environment::Test, SecretKind::EuropaceClientSecret)
            .unwrap()
    );
    for stage in [Environment::Test, Environment::Produktion] {
        keyring.delete(stage, SecretKind::DrKleinJwt).unwrap();
    }
}

#[test]
fn another_process_sees_the_same_entry() {
    // Keyring entries outlive the handle that wrote them: a fresh handle (as after a restart)
    // reads what the first one stored.
    let writer = keyring("restart");
    writer
        .set(
            Environment::Produktion,
            SecretKind::EuropaceClientSecret,
            "bleibt",
        )
        .unwrap();
    let reader = writer.clone();
    drop(writer);
    assert_eq!(
        reader
            .get(Environment::Produktion, SecretKind::EuropaceClientSecret)
            .unwrap()
            .unwrap()
            .expose(),
        "bleibt"
    );
    reader
        .delete(Environment::Produktion, SecretKind::EuropaceClientSecret)
        .unwrap();
}

#[test]
fn the_draft_key_is_kept_as_bytes() {
    let keyring = keyring("draftkey");
    assert!(keyring.draft_key().unwrap().is_none());
    let key: Vec<u8> = (0u8..32).map(|b| b.wrapping_mul(37)).collect();
    keyring.set_draft_key(&key).unwrap();
    assert_eq!(
        keyring.draft_key().unwrap().unwrap().as_slice(),
        key.as_slice()
    );
    keyring.delete_draft_key().unwrap();
    assert!(keyring.draft_key().unwrap().is_none());
}

#[test]
fn a_stored_secret_never_prints() {
    let keyring = keyring("debug");
    keyring
        .set(Environment::Test, SecretKind::DrKleinJwt, "streng-geheim")
        .unwrap();
    let secret = keyring
        .get(Environment::Test, SecretKind::DrKleinJwt)
        .unwrap()
        .unwrap();
    assert_eq!(format!("{secret:?}"), "StoredSecret(***)");
    keyring
        .delete(Environment::Test, SecretKind::DrKleinJwt)
        .unwrap();
}

#[test]
fn stored_access_names_the_credential_that_is_missing() {
    use credentials::access::{AccessError, Missing, StoredAccess};
    use credentials::settings::Settings;

    let keyring = keyring("access");
    fn missing<T>(result: Result<T, AccessError>) -> Option<(Environment, Missing)> {
        match result {
            Err(AccessError::Missing {
                environment,
                missing,
            }) => Some((environment, missing)),
            _ => None,
        }
    }
    let mut settings = Settings::default();
    assert!(StoredAccess::of(&settings, keyring.clone(), Environment::Sandbox).is_none());

    let stored = StoredAccess::of(&settings, keyring.clone(), Environment::Test).unwrap();
    assert_eq!(
        missing(stored.europace_client()),
        Some((Environment::Test, Missing::ClientId))
    );
    assert_eq!(stored.partner_id(), None);

    settings.test.client_id = "client-test".to_owned();
    settings.test.partner_id = "ABC12".to_owned();
    let stored = StoredAccess::of(&settings, keyring.clone(), Environment::Test).unwrap();
    assert_eq!(
        missing(stored.europace_client()),
        Some((Environment::Test, Missing::ClientSecret))
    );
    assert_eq!(
        missing(stored.drklein_jwt()),
        Some((Environment::Test, Missing::DrKleinJwt))
    );
    assert!(
        AccessError::or_none(stored.drklein_jwt())
            .unwrap()
            .is_none()
    );
    assert_eq!(stored.partner_id(), Some("ABC12"));

    keyring
        .set(
            Environment::Test,
            SecretKind::EuropaceClientSecret,
            "geheim",
        )
        .unwrap();
    keyring
        .set(Environment::Test, SecretKind::DrKleinJwt, "jwt")
        .unwrap();
    let client = stored.europace_client().unwrap();
    assert_eq!(client.client_id, "client-test");
    assert_eq!(client.client_secret.expose(), "geheim");
    assert_eq!(stored.drklein_jwt().unwrap().expose(), "jwt");
    assert!(
        StoredAccess::of(&settings, keyring.clone(), Environment::Produktion)
            .unwrap()
            .europace_client()
            .is_err(),
        "each environment has its own"
    );
    for kind in [SecretKind::EuropaceClientSecret, SecretKind::DrKleinJwt] {
        keyring.delete(Environment::Test, kind).unwrap();
    }
}
