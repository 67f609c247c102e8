//! "Verbindung testen": fetches a token as a send would and says in German whether the
//! credentials work, which permission is missing, or that the network is not there.

use europace::auth::OAuthErrorCode;
use europace::auth::{Impersonation, TokenProvider, scope};
use europace::environment::Site;
use europace::error::ApiError;
use europace::lead::Berater;
use serde::Serialize;
use tauri::State;

use crate::environment::Environment;
use crate::error::{AppError, CommandError};
use crate::state::AppState;
use crate::target;

/// The verdict, for the UI to pick a colour; the message says the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub enum ConnectionOutcome {
    Verbunden,
    ZugangsdatenFalsch,
    BerechtigungFehlt,
    KeinNetz,
    Fehler,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionReport {
    pub outcome: ConnectionOutcome,
    /// German, ready to show.
    pub message: String,
}

impl ConnectionReport {
    fn new(outcome: ConnectionOutcome, message: impl Into<String>) -> Self {
        Self {
            outcome,
            message: message.into(),
        }
    }
}

/// Tests the saved credentials of `environment` (Test or Produktion).
#[tauri::command]
#[specta::specta]
pub async fn connection_test(
    state: State<'_, AppState>,
    environment: Environment,
) -> Result<ConnectionReport, CommandError> {
    crate::access::credentialed(environment)?;
    let access = target::access(&state, environment).await?;
    let settings =
        credentials::settings::Settings::load(&state.data_dir).map_err(AppError::from)?;
    Ok(check(
        &access.tokens,
        &access.apis,
        access.own_partner_id.as_deref(),
        &settings.berater,
    )
    .await)
}

/// Asks for the scopes sending needs, then, with the user's own partnerId, for each Berater
/// the user acts for.
pub async fn check(
    tokens: &TokenProvider,
    apis: &Site,
    own_partner_id: Option<&str>,
    berater: &[Berater],
) -> ConnectionReport {
    let needed = scope::for_sending(apis.environment());
    let granted = match tokens.granted_scopes(&needed).await {
        Ok(granted) => granted,
        Err(error) => return failed(&error, None),
    };
    let missing: Vec<&str> = needed
        .iter()
        .copied()
        .filter(|s| !granted.contains(*s))
        .collect();
    if !missing.is_empty() {
        return ConnectionReport::new(
            ConnectionOutcome::BerechtigungFehlt,
            format!(
                "Anmeldung erfolgreich, aber dem API-Zugang fehlt die Berechtigung {}. Bitte im \
                 Partnermanagement von Europace für diesen Client freigeben.",
                missing.join(", ")
            ),
        );
    }
    if let Some(actor) = own_partner_id {
        for b in berater.iter().filter(|b| b.partner_id != actor) {
            let acting = tokens.acting_for(Impersonation {
                subject: b.partner_id.clone(),
                actor: actor.to_owned(),
            });
            if let Err(error) = acting.granted_scopes(&needed).await {
                return failed(&error, Some(b));
            }
        }
    }
    ConnectionReport::new(
        ConnectionOutcome::Verbunden,
        "Verbindung erfolgreich: Zugangsdaten gültig, alle Berechtigungen zum Senden vorhanden.",
    )
}

fn failed(error: &ApiError, berater: Option<&Berater>) -> ConnectionReport {
    use ConnectionOutcome::*;
    let acting = berater
        .map(|b| format!(" beim Handeln für {} ({})", b.name, b.partner_id))
        .unwrap_or_default();
    let (outcome, message) = match error {
        ApiError::TokenRejected {
            error: OAuthErrorCode::InvalidClient,
            ..
        }
        | ApiError::Unauthorized { .. } => (
            ZugangsdatenFalsch,
            "Client-ID oder Client-Secret ist falsch, deaktiviert oder abgelaufen.".to_owned(),
        ),
        ApiError::TokenRejected {
            error: OAuthErrorCode::InvalidScope | OAuthErrorCode::UnauthorizedClient,
            ..
        }
        | ApiError::Forbidden { .. } => (
            BerechtigungFehlt,
            format!("Europace verweigert die Berechtigung{acting}."),
        ),
        ApiError::ConnectFailed { .. }
        | ApiError::ConnectionReset { .. }
        | ApiError::ConnectionLost { .. }
        | ApiError::Timeout { .. } => (
            KeinNetz,
            "Europace ist nicht erreichbar: keine Netzwerkverbindung oder der Dienst antwortet nicht."
                .to_owned(),
        ),
        _ => (Fehler, format!("Die Verbindung ist fehlgeschlagen{acting}.")),
    };
    ConnectionReport::new(outcome, format!("{message} ({error})"))
}

#[cfg(test)]
mod tests {
    use europace::auth::{ClientCredentials, Secret};
    use europace::transport::{Transport, TransportOptions};

    use super::*;

    const SECRET: &str = "Geheimnis-4711";

    async fn sandbox_with(scopes: &[&str]) -> sandbox::RunningSandbox {
        sandbox::start(sandbox::Config {
            clients: vec![sandbox::ClientConfig {
                client_id: "assistenz".to_owned(),
                client_secret: SECRET.to_owned(),
                scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
            }],
            ..Default::default()
        })
        .await
        .unwrap()
    }

    fn apis(base: &str) -> Site {
        Site::sandbox_under(base).unwrap()
    }

    async fn report(
        base: &str,
        secret: &str,
        own: Option<&str>,
        berater: &[Berater],
    ) -> ConnectionReport {
        let transport = Transport::new(apis(base), TransportOptions::default()).unwrap();
        let tokens = TokenProvider::new(
            &transport,
            ClientCredentials {
                client_id: "assistenz".to_owned(),
                client_secret: Secret::new(secret),
            },
        );
        check(&tokens, &apis(base), own, berater).await
    }

    fn berater(partner_id: &str) -> Vec<Berater> {
        vec![Berater {
            name: "Berta Berater".to_owned(),
            partner_id: partner_id.to_owned(),
        }]
    }

    const ALL: &[&str] = &[
        scope::PRIVATKREDIT_VORGANG_SCHREIBEN,
        scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN,
        scope::IMPERSONIEREN,
    ];

    #[tokio::test]
    async fn working_credentials_connect() {
        let sandbox = sandbox_with(ALL).await;
        let report = report(
            &sandbox.base_url(),
            SECRET,
            Some("ASS01"),
            &berater("BER42"),
        )
        .await;
        assert_eq!(report.outcome, ConnectionOutcome::Verbunden, "{report:?}");
    }

    #[tokio::test]
    async fn a_wrong_secret_is_named_and_never_echoed() {
        let sandbox = sandbox_with(ALL).await;
        let report = report(&sandbox.base_url(), "falsch-0815", None, &[]).await;
        assert_eq!(
            report.outcome,
            ConnectionOutcome::ZugangsdatenFalsch,
            "{report:?}"
        );
        assert!(
            report
                .message
                .starts_with("Client-ID oder Client-Secret ist falsch")
        );
        assert!(!report.message.contains("falsch-0815"));
    }

    #[tokio::test]
    async fn a_missing_scope_is_named() {
        let sandbox = sandbox_with(&[scope::PRIVATKREDIT_VORGANG_SCHREIBEN]).await;
        let report = report(&sandbox.base_url(), SECRET, None, &[]).await;
        assert_eq!(
            report.outcome,
            ConnectionOutcome::BerechtigungFehlt,
            "{report:?}"
        );
        assert!(
            report
                .message
                .contains(scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN)
        );
    }

    #[tokio::test]
    async fn acting_for_a_berater_without_the_impersonation_scope_is_refused() {
        let sandbox = sandbox_with(&ALL[..2]).await;
        let report = report(
            &sandbox.base_url(),
            SECRET,
            Some("ASS01"),
            &berater("BER42"),
        )
        .await;
        assert_eq!(
            report.outcome,
            ConnectionOutcome::BerechtigungFehlt,
            "{report:?}"
        );
        assert!(
            report.message.contains("Berta Berater (BER42)"),
            "{report:?}"
        );
    }

    #[tokio::test]
    async fn no_server_means_no_network() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        drop(listener);
        let report = report(&base, SECRET, None, &[]).await;
        assert_eq!(report.outcome, ConnectionOutcome::KeinNetz, "{report:?}");
    }
}
