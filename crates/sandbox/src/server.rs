//! The accept loop: serves each connection with hyper and lets a fault cut it off mid-request.

use std::pin::pin;

use axum::{Router, extract::Request};
use hyper::body::Incoming;
use hyper_util::{rt::TokioIo, service::TowerToHyperService};
use tokio::{net::TcpListener, sync::watch};
use tower::ServiceExt;

use crate::faults::{ConnectionCutter, Cut};

/// Serves `router` on `listener` until `shutdown` turns true.
pub async fn serve(listener: TcpListener, router: Router, mut shutdown: watch::Receiver<bool>) {
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors and the like: keep serving the connections we have,
                // and give them a moment to close before accepting again.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = shutdown.changed() => return,
        };
        let router = router.clone();
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            // A second handle on the socket so a reset can set SO_LINGER 0 while hyper owns it.
            let Ok(std_stream) = stream.into_std() else {
                return;
            };
            let Ok(handle) = std_stream.try_clone() else {
                return;
            };
            let Ok(stream) = tokio::net::TcpStream::from_std(std_stream) else {
                return;
            };
            let cutter = ConnectionCutter::new();
            let per_request = cutter.clone();
            let service = router.map_request(move |mut request: Request<Incoming>| {
                request.extensions_mut().insert(per_request.clone());
                request
            });
            let connection = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
            let mut connection = pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                how = cutter.wait() => {
                    if how == Cut::Reset {
                        let _ = socket2::SockRef::from(&handle).set_linger(Some(std::time::Duration::ZERO));
                    }
                }
                _ = shutdown.changed() => {}
            }
        });
    }
}
