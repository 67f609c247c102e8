//! Dr. Klein lead API: submits a lead with Tippgeber, custom data and comments.

pub mod client;
