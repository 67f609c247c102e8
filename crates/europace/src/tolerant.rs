//! Tolerant-reader enums: a value the server sends that this version does not know is kept
//! in an `Unknown(String)` variant and serialized back unchanged, never a parse failure.

/// Declares a string enum with the API's spelling of each value and an `Unknown(String)` case.
///
/// ```
/// europace::tolerant_enum! {
///     /// Example.
///     pub enum Familienstand {
///         Ledig => "LEDIG",
///         Verheiratet => "VERHEIRATET",
///     }
/// }
/// let v: Familienstand = serde_json::from_str("\"GESCHIEDEN\"").unwrap();
/// assert_eq!(v, Familienstand::Unknown("GESCHIEDEN".into()));
/// assert_eq!(serde_json::to_string(&Familienstand::Ledig).unwrap(), "\"LEDIG\"");
/// ```
#[macro_export]
macro_rules! tolerant_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $wire:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version does not know, kept as the server sent it.
            Unknown(String),
        }

        impl $name {
            /// Every value the API documents, in the API's spelling.
            pub const KNOWN: &'static [&'static str] = &[$($wire),+];

            /// The API's spelling of this value.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )+
                    Self::Unknown(other) => other.as_str(),
                }
            }

            /// True for a value the API documents.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $wire => Self::$variant, )+
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }
    };
}
