//! `@type`-discriminated schemas as Rust enums that keep a `@type` they do not know.

use serde::Serialize;

/// Declares the enum of a discriminated base schema: one boxed variant per `@type` (the
/// variant's struct has the schema's name) and `Unknown(serde_json::Value)` for a `@type` this
/// version does not know or a missing one, kept whole and serialized back unchanged.
macro_rules! tagged_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $variant:ident => $tag:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::enum_variant_names, reason = "variants are named as the API names its schemas")]
        $vis enum $name {
            $( #[doc = concat!("`@type`: `", $tag, "`")] $variant(::std::boxed::Box<$variant>), )+
            /// A `@type` this version does not know (or none), kept as it was read.
            Unknown(::serde_json::Value),
        }

        impl $name {
            /// Every `@type` the API documents for this schema.
            pub const KNOWN_TYPES: &'static [&'static str] = &[$($tag),+];

            /// The `@type` as sent, `None` when an unknown object has none.
            pub fn type_tag(&self) -> ::std::option::Option<&str> {
                match self {
                    $( Self::$variant(_) => Some($tag), )+
                    Self::Unknown(value) => value.get("@type").and_then(|t| t.as_str()),
                }
            }
        }

        $(
            impl ::std::convert::From<$variant> for $name {
                fn from(value: $variant) -> Self {
                    Self::$variant(::std::boxed::Box::new(value))
                }
            }
        )+

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(value) => crate::kundenangaben::tagged::Tagged { tag: $tag, value: value.as_ref() }.serialize(serializer), )+
                    Self::Unknown(value) => value.serialize(serializer),
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get("@type").and_then(|t| t.as_str()).map(str::to_owned);
                match tag.as_deref() {
                    $( Some($tag) => ::serde_json::from_value(value)
                        .map(|v| Self::$variant(::std::boxed::Box::new(v)))
                        .map_err(<D::Error as ::serde::de::Error>::custom), )+
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
    };
}

pub(crate) use tagged_enum;

/// A variant's fields with its `@type` in front, as the API expects them.
#[derive(Serialize)]
pub(crate) struct Tagged<'a, T> {
    #[serde(rename = "@type")]
    pub(crate) tag: &'static str,
    #[serde(flatten)]
    pub(crate) value: &'a T,
}
