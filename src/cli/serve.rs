//! `safha serve`

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::Path;

use crate::build::Formats;
use crate::diag::Diagnostic;
use crate::serve::{self, ServeOptions};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Port to listen on (0: any free port).
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Address to listen on: an IP address or `localhost`. The default serves only this
    /// machine; any other address lets other machines read the preview.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1", value_parser = parse_host)]
    pub host: IpAddr,
    /// Output formats of the preview, comma-separated.
    #[arg(long, value_name = "LIST", default_value = "html,pdf", value_parser = Formats::parse)]
    pub format: Formats,
}

fn parse_host(s: &str) -> Result<IpAddr, String> {
    match s {
        "localhost" => Ok(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        "ip6-localhost" => Ok(IpAddr::V6(Ipv6Addr::LOCALHOST)),
        _ => s
            .trim_matches(['[', ']'])
            .parse()
            .map_err(|_| "an IP address (such as 127.0.0.1) or `localhost`".to_string()),
    }
}

pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    if !args.host.is_loopback() {
        eprintln!(
            "warning: serving on {}: other machines on the network can read the preview \
             (and its drafts); use --host 127.0.0.1 to keep it to this one",
            args.host
        );
    }
    let options = ServeOptions {
        addr: SocketAddr::new(args.host, args.port),
        formats: args.format,
    };
    serve::serve(project_dir, &options, &|addr| {
        eprintln!("serving http://{addr}/ (rebuilds on changes; Ctrl-C stops)");
    })?;
    Ok(true)
}
