//! Where requests go and whether they count as real business.
//!
//! Test and Produktion reach the same Europace hosts; what makes a request Echtgeschäft is
//! the `environment=PRODUCTION` query parameter (KEX import, Dr. Klein), the `datenkontext`
//! of a Kundenangaben import and the scope `baufinanzierung:echtgeschaeft`. The clients derive
//! all of these from the [`Environment`] so no caller sets them by hand.

use std::sync::LazyLock;

use reqwest::Url;

use crate::kex_export::model::Datenkontext;

/// The system a client talks to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Environment {
    /// The local stand-in server Leadbridge embeds; its address is known only at run time.
    Sandbox(Box<Endpoints>),
    /// Europace in test mode: Vorgänge are created as TESTUMGEBUNG / TEST_MODUS.
    Test,
    /// Europace Echtgeschäft.
    Produktion,
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
    /// The URLs of every API in this environment.
    pub fn endpoints(&self) -> &Endpoints {
        match self {
            Self::Sandbox(endpoints) => endpoints,
            Self::Test | Self::Produktion => &EUROPACE,
        }
    }

    /// True for Echtgeschäft.
    pub fn is_produktion(&self) -> bool {
        matches!(self, Self::Produktion)
    }

    /// `url` with `environment=PRODUCTION` in Produktion, the query parameter that turns a
    /// KEX import or Dr. Klein lead into Echtgeschäft; unchanged elsewhere.
    pub(crate) fn mark_production(&self, mut url: Url) -> Url {
        if self.is_produktion() {
            url.query_pairs_mut()
                .append_pair("environment", "PRODUCTION");
        }
        url
    }

    /// The `datenkontext` a KreditSmart Vorgang created here carries in the export API.
    pub fn kex_datenkontext(&self) -> Datenkontext {
        if self.is_produktion() {
            Datenkontext::Echtgeschaeft
        } else {
            Datenkontext::Testumgebung
        }
    }

    /// The `importMetadaten.datenkontext` of a Kundenangaben import here.
    pub fn kundenangaben_datenkontext(&self) -> &'static str {
        if self.is_produktion() {
            "ECHT_GESCHAEFT"
        } else {
            "TEST_MODUS"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn europace_urls_as_the_specs_name_them() {
        let e = Environment::Produktion.endpoints();
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
        assert_eq!(Environment::Test.endpoints(), e);
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
        let sandbox =
            Environment::Sandbox(Box::new(Endpoints::under("http://127.0.0.1:1").unwrap()));
        for test in [Environment::Test, sandbox] {
            let url = test.endpoints().kex_import_vorgang();
            assert_eq!(test.mark_production(url.clone()), url);
            assert_eq!(test.kex_datenkontext(), Datenkontext::Testumgebung);
            assert_eq!(test.kundenangaben_datenkontext(), "TEST_MODUS");
        }
        let prod = Environment::Produktion;
        let e = prod.endpoints();
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
