//! Where requests go and whether they count as real business.
//!
//! Test and Produktion reach the same Europace hosts; what makes a request Echtgeschäft is
//! the `environment=PRODUCTION` query parameter (KEX import, Dr. Klein), the `datenkontext`
//! of a Kundenangaben import and the scope `baufinanzierung:echtgeschaeft`. The clients derive
//! all of these from the [`Environment`] so no caller sets them by hand.

use std::sync::LazyLock;

use reqwest::Url;

use crate::kex_export::model::Datenkontext;

/// The system a lead goes to: the one definition the store, the credentials, the outbox, the
/// command line (`clap` feature) and the app's bindings (`specta` feature) share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Environment {
    /// The local stand-in server Leadbridge embeds; needs no credentials.
    Sandbox,
    /// Europace in test mode: Vorgänge are created as TESTUMGEBUNG / TEST_MODUS.
    Test,
    /// Europace Echtgeschäft.
    Produktion,
}

/// A name that is no [`Environment`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Unbekannte Umgebung „{0}“: erlaubt sind sandbox, test und produktion.")]
pub struct UnknownEnvironment(pub String);

/// Where requests go: an environment and the base URLs of its APIs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    environment: Environment,
    endpoints: Endpoints,
}

/// Base URLs of every API, each a URL that can take path segments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    token: Url,
    kex_import: Url,
    kex_export: Url,
    kex_update: Url,
    kundenangaben: Url,
    drklein: Url,
}

/// A sandbox base URL that cannot carry the API paths.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Ungültige Adresse der Sandbox: {0}")]
pub struct InvalidBaseUrl(pub String);

static EUROPACE: LazyLock<Endpoints> = LazyLock::new(|| {
    // Constant, tested URLs: parsing cannot fail.
    let url = |s: &str| Url::parse(s).expect("constant URL");
    Endpoints {
        token: url("https://api.europace.de/auth/token"),
        kex_import: url("https://kex-vorgang-import.ratenkredit.api.europace.de/"),
        kex_export: url("https://www.europace2.de/kreditsmart/kex/vorgaenge"),
        kex_update: url("https://www.europace2.de/kreditsmart/kex/"),
        kundenangaben: url("https://baufinanzierung.api.europace.de/"),
        drklein: url("https://api.drkleinservice.de/"),
    }
});

/// Where Europace's web application opens a BaufiSmart case: `{PORTAL}/vorgang/oeffne/{nr}`
/// (Kundenangaben spec, FAQ "How can I open the created case in the browser?"). The one
/// portal for every environment: the spec names no other.
static BAUFISMART_PORTAL: LazyLock<Url> =
    LazyLock::new(|| Url::parse("https://www.europace2.de/").expect("constant URL"));

/// The page of the BaufiSmart case `vorgangsnummer` in Europace's web application.
pub fn baufismart_vorgang_url(vorgangsnummer: &str) -> Url {
    join(&BAUFISMART_PORTAL, &["vorgang", "oeffne", vorgangsnummer])
}

impl Endpoints {
    /// Every API below one local server, in this layout:
    ///
    /// | API | URL |
    /// |---|---|
    /// | token | `{base}/auth/token` |
    /// | KEX import | `{base}/kex-vorgang-import/vorgang` |
    /// | KEX export (GraphQL) | `{base}/kreditsmart/kex/vorgaenge` |
    /// | KEX update | `{base}/kreditsmart/kex/vorgang/{vorgangsnummer}/dokument` and `/kommentare` |
    /// | Kundenangaben | `{base}/baufinanzierung/kundenangaben[/{vorgangsnummer}\|/body-validation]` |
    /// | Dr. Klein | `{base}/drklein/vorgang` |
    pub fn under(base: &str) -> Result<Self, InvalidBaseUrl> {
        let invalid = || InvalidBaseUrl(base.to_owned());
        let base = Url::parse(base).map_err(|_| invalid())?;
        if !matches!(base.scheme(), "http" | "https") || base.cannot_be_a_base() {
            return Err(invalid());
        }
        let at = |segments: &[&str]| join(&base, segments);
        Ok(Self {
            token: at(&["auth", "token"]),
            kex_import: at(&["kex-vorgang-import", ""]),
            kex_export: at(&["kreditsmart", "kex", "vorgaenge"]),
            kex_update: at(&["kreditsmart", "kex", ""]),
            kundenangaben: at(&["baufinanzierung", ""]),
            drklein: at(&["drklein", ""]),
        })
    }

    /// The OAuth2 token endpoint of the Authorization API.
    pub fn token(&self) -> &Url {
        &self.token
    }

    /// `POST` here creates a KreditSmart Vorgang.
    pub fn kex_import_vorgang(&self) -> Url {
        join(&self.kex_import, &["vorgang"])
    }

    /// The KreditSmart GraphQL endpoint.
    pub fn kex_export(&self) -> &Url {
        &self.kex_export
    }

    /// `vorgang/{vorgangsnummer}/{leaf}` of the KEX update API.
    pub fn kex_update(&self, vorgangsnummer: &str, leaf: &str) -> Url {
        join(&self.kex_update, &["vorgang", vorgangsnummer, leaf])
    }

    /// `kundenangaben/{segments…}` of the BaufiSmart Kundenangaben API.
    pub fn kundenangaben(&self, segments: &[&str]) -> Url {
        let mut all = vec!["kundenangaben"];
        all.extend_from_slice(segments);
        join(&self.kundenangaben, &all)
    }

    /// `POST` here submits a lead to Dr. Klein. The prose spec names `/vorgang` as the URL and
    /// shows `/lead` only in an example; the normative sentence wins.
    pub fn drklein_vorgang(&self) -> Url {
        join(&self.drklein, &["vorgang"])
    }
}

/// `base` with `segments` appended, each percent-encoded (a Vorgangsnummer is user input).
fn join(base: &Url, segments: &[&str]) -> Url {
    let mut url = base.clone();
    // Every stored base was checked to take path segments, so this always applies.
    if let Ok(mut path) = url.path_segments_mut() {
        path.pop_if_empty().extend(segments);
    }
    url
}

impl Environment {
    /// Every environment, in the order they are offered.
    pub const ALL: [Self; 3] = [Self::Sandbox, Self::Test, Self::Produktion];

    /// The German name shown to people and kept in the drafts store.
    pub fn name(self) -> &'static str {
        match self {
            Self::Sandbox => "Sandbox",
            Self::Test => "Test",
            Self::Produktion => "Produktion",
        }
    }

    /// The name in keyring entries, the settings file, `LEADBRIDGE_ENV` and command lines.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Sandbox => "sandbox",
            Self::Test => "test",
            Self::Produktion => "produktion",
        }
    }

    /// The environment named `value` (its slug, in any case, spaces around ignored).
    pub fn parse(value: &str) -> Result<Self, UnknownEnvironment> {
        let wanted = value.trim().to_lowercase();
        Self::ALL
            .into_iter()
            .find(|environment| environment.slug() == wanted)
            .ok_or_else(|| UnknownEnvironment(value.to_owned()))
    }

    /// The embedded Sandbox accepts its own fixed client; every other environment needs the
    /// user's credentials.
    pub fn needs_credentials(self) -> bool {
        !matches!(self, Self::Sandbox)
    }

    /// True for Echtgeschäft.
    pub fn is_produktion(self) -> bool {
        matches!(self, Self::Produktion)
    }

    /// `url` with `environment=PRODUCTION` in Produktion, the query parameter that turns a
    /// KEX import or Dr. Klein lead into Echtgeschäft; unchanged elsewhere.
    pub(crate) fn mark_production(self, mut url: Url) -> Url {
        if self.is_produktion() {
            url.query_pairs_mut()
                .append_pair("environment", "PRODUCTION");
        }
        url
    }

    /// The `datenkontext` a KreditSmart Vorgang created here carries in the export API.
    pub fn kex_datenkontext(self) -> Datenkontext {
        if self.is_produktion() {
            Datenkontext::Echtgeschaeft
        } else {
            Datenkontext::Testumgebung
        }
    }

    /// The `importMetadaten.datenkontext` of a Kundenangaben import here.
    pub fn kundenangaben_datenkontext(self) -> &'static str {
        if self.is_produktion() {
            "ECHT_GESCHAEFT"
        } else {
            "TEST_MODUS"
        }
    }
}

impl Site {
    /// Europace's own hosts; `environment` decides whether requests are Echtgeschäft.
    pub fn europace(environment: Environment) -> Self {
        Self {
            environment,
            endpoints: EUROPACE.clone(),
        }
    }

    /// A local stand-in server with every API below `endpoints`; never Echtgeschäft.
    pub fn sandbox(endpoints: Endpoints) -> Self {
        Self {
            environment: Environment::Sandbox,
            endpoints,
        }
    }

    /// A stand-in server at `base`, in the layout of [`Endpoints::under`].
    pub fn sandbox_under(base: &str) -> Result<Self, InvalidBaseUrl> {
        Endpoints::under(base).map(Self::sandbox)
    }

    pub fn environment(&self) -> Environment {
        self.environment
    }

    /// The URLs of every API here.
    pub fn endpoints(&self) -> &Endpoints {
        &self.endpoints
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_baufismart_case_opens_at_the_portal_url_of_the_spec() {
        assert_eq!(
            baufismart_vorgang_url("YX4MDU").as_str(),
            "https://www.europace2.de/vorgang/oeffne/YX4MDU"
        );
        // A Vorgangsnummer is one path segment, whatever it holds.
        assert_eq!(
            baufismart_vorgang_url("A/B?c").as_str(),
            "https://www.europace2.de/vorgang/oeffne/A%2FB%3Fc"
        );
    }

    #[test]
    fn europace_urls_as_the_specs_name_them() {
        let produktion = Site::europace(Environment::Produktion);
        let e = produktion.endpoints();
        assert_eq!(e.token().as_str(), "https://api.europace.de/auth/token");
        assert_eq!(
            e.kex_import_vorgang().as_str(),
            "https://kex-vorgang-import.ratenkredit.api.europace.de/vorgang"
        );
        assert_eq!(
            e.kex_export().as_str(),
            "https://www.europace2.de/kreditsmart/kex/vorgaenge"
        );
        assert_eq!(
            e.kex_update("123456", "dokument").as_str(),
            "https://www.europace2.de/kreditsmart/kex/vorgang/123456/dokument"
        );
        assert_eq!(
            e.kundenangaben(&["A65JS6"]).as_str(),
            "https://baufinanzierung.api.europace.de/kundenangaben/A65JS6"
        );
        assert_eq!(
            e.kundenangaben(&[]).as_str(),
            "https://baufinanzierung.api.europace.de/kundenangaben"
        );
        assert_eq!(
            e.drklein_vorgang().as_str(),
            "https://api.drkleinservice.de/vorgang"
        );
        assert_eq!(Site::europace(Environment::Test).endpoints(), e);
    }

    #[test]
    fn sandbox_layout_and_escaping() {
        let e = Endpoints::under("http://127.0.0.1:4000").unwrap();
        assert_eq!(e.token().as_str(), "http://127.0.0.1:4000/auth/token");
        assert_eq!(
            e.kex_import_vorgang().as_str(),
            "http://127.0.0.1:4000/kex-vorgang-import/vorgang"
        );
        assert_eq!(
            e.kundenangaben(&["body-validation"]).as_str(),
            "http://127.0.0.1:4000/baufinanzierung/kundenangaben/body-validation"
        );
        let odd = Endpoints::under("http://localhost:1/prefix/").unwrap();
        assert_eq!(
            odd.kex_update("a/b?c", "kommentare").as_str(),
            "http://localhost:1/prefix/kreditsmart/kex/vorgang/a%2Fb%3Fc/kommentare"
        );
        assert!(Endpoints::under("mailto:x@y").is_err());
        assert!(Endpoints::under("nonsense").is_err());
    }

    #[test]
    fn echtgeschaeft_follows_from_the_environment() {
        let sandbox = Site::sandbox_under("http://127.0.0.1:1").unwrap();
        for site in [Site::europace(Environment::Test), sandbox] {
            let test = site.environment();
            let url = site.endpoints().kex_import_vorgang();
            assert_eq!(test.mark_production(url.clone()), url);
            assert_eq!(test.kex_datenkontext(), Datenkontext::Testumgebung);
            assert_eq!(test.kundenangaben_datenkontext(), "TEST_MODUS");
        }
        let prod = Environment::Produktion;
        let site = Site::europace(prod);
        let e = site.endpoints();
        assert_eq!(
            prod.mark_production(e.kex_import_vorgang()).as_str(),
            "https://kex-vorgang-import.ratenkredit.api.europace.de/vorgang?environment=PRODUCTION"
        );
        assert_eq!(
            prod.mark_production(e.drklein_vorgang()).as_str(),
            "https://api.drkleinservice.de/vorgang?environment=PRODUCTION"
        );
        assert_eq!(prod.kex_datenkontext(), Datenkontext::Echtgeschaeft);
        assert_eq!(prod.kundenangaben_datenkontext(), "ECHT_GESCHAEFT");
    }
}
