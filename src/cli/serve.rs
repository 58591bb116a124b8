//! `safha serve`

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;

use crate::build::Formats;
use crate::diag::Diagnostic;
use crate::serve::{self, ServeOptions};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Port to listen on (0: any free port).
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Address to listen on. The default serves only this machine.
    #[arg(long, value_name = "ADDR", default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub host: IpAddr,
    /// Output formats of the preview, comma-separated.
    #[arg(long, value_name = "LIST", default_value = "html,pdf", value_parser = Formats::parse)]
    pub format: Formats,
}

pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    let options = ServeOptions {
        addr: SocketAddr::new(args.host, args.port),
        formats: args.format,
    };
    serve::serve(project_dir, &options, &|addr| {
        eprintln!("serving http://{addr}/ (rebuilds on changes; Ctrl-C stops)");
    })?;
    Ok(true)
}
