//! Outgoing mail: composing messages from templates into the outbox, the transport
//! (SMTP or files), and the sender that delivers due messages with retries.

pub mod alive;
pub mod compose;
pub mod sender;
pub mod transport;

pub use compose::{Composer, OutgoingEmail};
pub use sender::{deliver_due, DeliveryReport, Mailer};
pub use transport::Transport;
