//! Where mail goes: an SMTP server (pooled connections) or `.eml` files in a folder.

use std::path::PathBuf;
use std::time::Duration;

use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

use crate::config::Config;

pub enum Transport {
    /// Pooled connections, and how many.
    Smtp(AsyncSmtpTransport<Tokio1Executor>, u32),
    Files(PathBuf),
}

/// Why a delivery did not happen, and whether trying again can help.
#[derive(Debug, Clone)]
pub struct SendError {
    pub permanent: bool,
    pub message: String,
}

impl Transport {
    pub fn from_config(config: &Config) -> Result<Transport, String> {
        match &config.smtp_url {
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
                    .map_err(|e| e.to_string())?
                    .timeout(Some(Duration::from_secs(20)))
                    .pool_config(PoolConfig::new().max_size(config.smtp_connections))
                    .build();
                Ok(Transport::Smtp(transport, config.smtp_connections))
            }
            None => Ok(Transport::Files(config.mail_dir.clone())),
        }
    }

    /// How many messages may be in flight at once.
    pub fn connections(&self) -> usize {
        match self {
            Transport::Smtp(_, connections) => *connections as usize,
            Transport::Files(_) => 8,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp(..) => "SMTP".into(),
            Transport::Files(dir) => format!("files in {}", dir.display()),
        }
    }

    pub async fn send(&self, file_stem: &str, message: &Message) -> Result<(), SendError> {
        match self {
            Transport::Smtp(smtp, _) => {
                smtp.send(message.clone())
                    .await
                    .map(drop)
                    .map_err(|e| SendError {
                        permanent: e.is_permanent(),
                        message: smtp_error_text(&e),
                    })
            }
            Transport::Files(dir) => {
                let write = async {
                    tokio::fs::create_dir_all(dir).await?;
                    // Written under a temporary name, then renamed: a reader never sees half a file.
                    let temporary = dir.join(format!(".{file_stem}.eml.tmp"));
                    tokio::fs::write(&temporary, message.formatted()).await?;
                    tokio::fs::rename(&temporary, dir.join(format!("{file_stem}.eml"))).await
                };
                write.await.map_err(|e| SendError {
                    permanent: false,
                    message: format!("cannot write mail file: {e}"),
                })
            }
        }
    }
}

/// lettre's error with its source chain, which holds the server's own words.
fn smtp_error_text(error: &lettre::transport::smtp::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
