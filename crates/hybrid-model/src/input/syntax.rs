//! Checks of single values (FQDN, URL, UPN, GUID, identity): each returns why a value is wrong.

/// Why a single value is not acceptable; turned into a message by the caller's field context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flaw {
    Empty,
    Whitespace,
    ControlCharacter,
    /// A bidirectional, zero-width or other invisible formatting character ([`is_hidden`]).
    Invisible,
    HasScheme,
    NonAscii,
    TooLong,
    LabelTooLong,
    EmptyLabel,
    BadCharacter,
    HyphenAtLabelEdge,
    SingleLabel,
    AllNumeric,
    NotHttps,
    BadHost,
    BadUpn,
    NotGuid,
}

/// RFC 1035's limit on a name in its dotted form (255 octets on the wire).
const MAX_FQDN_BYTES: usize = 253;
/// Far above any autodiscover URL; the common limit of browsers and proxies.
pub const MAX_URL_CHARS: usize = 2048;
/// Windows' MAX_PATH less its terminating NUL: the longest path every Windows tool opens.
pub const MAX_PATH_CHARS: usize = 259;

/// Whether a character is a control character (C0, DEL, C1) or one that shows nothing yet changes
/// what is seen: bidirectional overrides and marks, zero-width and joining characters, the soft
/// hyphen, fillers, variation selectors and tags. No admin types these on purpose; pasted from a
/// chat or planted in a file, they make a value read differently than it is.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{115f}'..='\u{1160}'
                | '\u{17b4}'..='\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e007f}'
                | '\u{e0100}'..='\u{e01ef}'
        )
}
const MAX_LABEL_BYTES: usize = 63;

/// Flags text that can never be a single-line value, before any format-specific rule: control
/// characters, invisible formatting characters, and spaces around it.
pub fn single_line(value: &str) -> Option<Flaw> {
    // ASCII text (nearly every value) is checked byte by byte; its control characters are these,
    // and it has no formatting characters.
    if value.is_ascii() {
        if value.bytes().any(|b| b.is_ascii_control()) {
            return Some(Flaw::ControlCharacter);
        }
    } else if value.chars().any(char::is_control) {
        return Some(Flaw::ControlCharacter);
    } else if value.chars().any(is_hidden) {
        return Some(Flaw::Invisible);
    }
    if value.trim() != value {
        Some(Flaw::Whitespace)
    } else {
        None
    }
}

/// A DNS host name: LDH labels separated by dots, as Windows and Skype for Business accept them.
pub fn fqdn(value: &str) -> Option<Flaw> {
    if value.is_empty() {
        return Some(Flaw::Empty);
    }
    if let Some(flaw) = single_line(value) {
        return Some(flaw);
    }
    if value.contains("://") {
        return Some(Flaw::HasScheme);
    }
    if value.chars().any(char::is_whitespace) {
        return Some(Flaw::Whitespace);
    }
    if !value.is_ascii() {
        return Some(Flaw::NonAscii);
    }
    if value.len() > MAX_FQDN_BYTES {
        return Some(Flaw::TooLong);
    }
    let labels: Vec<&str> = value.split('.').collect();
    for label in &labels {
        if label.is_empty() {
            return Some(Flaw::EmptyLabel);
        }
        if label.len() > MAX_LABEL_BYTES {
            return Some(Flaw::LabelTooLong);
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Some(Flaw::BadCharacter);
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Some(Flaw::HyphenAtLabelEdge);
        }
    }
    if labels.len() < 2 {
        return Some(Flaw::SingleLabel);
    }
    if value.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Some(Flaw::AllNumeric);
    }
    None
}

/// An absolute `https://` URL whose host is a valid FQDN.
pub fn https_url(value: &str) -> Option<Flaw> {
    if value.is_empty() {
        return Some(Flaw::Empty);
    }
    if let Some(flaw) = single_line(value) {
        return Some(flaw);
    }
    if value.len() > MAX_URL_CHARS && value.chars().count() > MAX_URL_CHARS {
        return Some(Flaw::TooLong);
    }
    let Some(rest) = strip_prefix_ignore_case(value, "https://") else {
        return Some(Flaw::NotHttps);
    };
    if value.chars().any(char::is_whitespace) {
        return Some(Flaw::Whitespace);
    }
    if !value.is_ascii() {
        return Some(Flaw::NonAscii);
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => authority,
    };
    if authority.contains('@') || fqdn(host).is_some() {
        return Some(Flaw::BadHost);
    }
    None
}

/// The host part of an https URL, lower-cased, for comparing against cloud endpoints.
pub fn url_host(value: &str) -> Option<String> {
    let rest = strip_prefix_ignore_case(value, "https://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.split(':').next()?;
    Some(host.to_ascii_lowercase())
}

fn strip_prefix_ignore_case<'a>(value: &'a str, prefix: &str) -> Option<&'a str> {
    let head = value.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &value[prefix.len()..])
}

const UPN_MAX: usize = 113;
const UPN_LOCAL_MAX: usize = 64;
const UPN_DOMAIN_MAX: usize = 48;

/// A user principal name by the rules Microsoft 365 enforces (letters, digits, `' . - _ ! # ^ ~`).
pub fn upn(value: &str) -> Option<Flaw> {
    match upn_domain(value) {
        Ok(domain) => fqdn(domain).map(|_| Flaw::BadUpn),
        Err(flaw) => Some(flaw),
    }
}

/// [`upn`] without the check of the domain, which is returned: thousands of pilot users share a
/// few domains, whose checks the caller can then make once each.
pub fn upn_domain(value: &str) -> Result<&str, Flaw> {
    if value.is_empty() {
        return Err(Flaw::Empty);
    }
    if let Some(flaw) = single_line(value) {
        return Err(flaw);
    }
    let Some((local, domain)) = value.split_once('@') else {
        return Err(Flaw::BadUpn);
    };
    // Lengths are in characters; in ASCII text (nearly every UPN) those are bytes.
    let count = |s: &str| {
        if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        }
    };
    if local.is_empty()
        || local.ends_with('.')
        || count(value) > UPN_MAX
        || count(local) > UPN_LOCAL_MAX
        || count(domain) > UPN_DOMAIN_MAX
        || !local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"'.-_!#^~".contains(&b))
    {
        return Err(Flaw::BadUpn);
    }
    Ok(domain)
}

/// A GUID in its usual 8-4-4-4-12 hex form.
pub fn guid(value: &str) -> Option<Flaw> {
    if value.is_empty() {
        return Some(Flaw::Empty);
    }
    let groups: Vec<&str> = value.split('-').collect();
    let lengths = [8, 4, 4, 4, 12];
    let ok = groups.len() == lengths.len()
        && groups
            .iter()
            .zip(lengths)
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()));
    (!ok).then_some(Flaw::NotGuid)
}

/// The longest hosting provider identity the messages promise to take.
const MAX_IDENTITY_BYTES: usize = 255;

/// A Skype for Business global-relative identity, restricted to characters that are safe everywhere.
pub fn identity(value: &str) -> Option<Flaw> {
    if value.is_empty() {
        return Some(Flaw::Empty);
    }
    if let Some(flaw) = single_line(value) {
        return Some(flaw);
    }
    if value.len() > MAX_IDENTITY_BYTES {
        return Some(Flaw::TooLong);
    }
    if !value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        return Some(Flaw::BadCharacter);
    }
    None
}

/// A Windows file path as typed: one line, nothing invisible, within MAX_PATH. Its form is the
/// admin's (drive, UNC or relative); the script that opens it says if it is not there.
pub fn path(value: &str) -> Option<Flaw> {
    if value.is_empty() {
        return Some(Flaw::Empty);
    }
    if let Some(flaw) = single_line(value) {
        return Some(flaw);
    }
    if value.len() > MAX_PATH_CHARS && value.chars().count() > MAX_PATH_CHARS {
        return Some(Flaw::TooLong);
    }
    None
}

/// Whether `host` is `domain` or a name inside it.
pub fn is_within(host: &str, domain: &str) -> bool {
    let host = host.to_ascii_lowercase();
    let domain = domain.to_ascii_lowercase();
    host == domain || host.ends_with(&format!(".{domain}"))
}

/// A day as YYYY-MM-DD (the form the page records a confirmation's day in).
pub fn is_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
        && matches!(value[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(value[8..10].parse::<u8>(), Ok(1..=31))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fqdn_rules() {
        assert_eq!(fqdn("sipfed.online.lync.com"), None);
        assert_eq!(fqdn("https://sip.contoso.com"), Some(Flaw::HasScheme));
        assert_eq!(fqdn("sip..contoso.com"), Some(Flaw::EmptyLabel));
        assert_eq!(fqdn("-sip.contoso.com"), Some(Flaw::HyphenAtLabelEdge));
        assert_eq!(fqdn("sip_x.contoso.com"), Some(Flaw::BadCharacter));
        assert_eq!(fqdn("bücher.de"), Some(Flaw::NonAscii));
        assert_eq!(fqdn("localhost"), Some(Flaw::SingleLabel));
        assert_eq!(fqdn("10.0.0.1"), Some(Flaw::AllNumeric));
        assert_eq!(
            fqdn(&format!("{}.com", "a".repeat(64))),
            Some(Flaw::LabelTooLong)
        );
    }

    #[test]
    fn url_rules() {
        assert_eq!(
            https_url("https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root"),
            None
        );
        assert_eq!(
            https_url("http://webdir.online.lync.com/"),
            Some(Flaw::NotHttps)
        );
        assert_eq!(https_url("https://user@host.com/"), Some(Flaw::BadHost));
        assert_eq!(
            url_host("https://Web.Example.com:443/x").as_deref(),
            Some("web.example.com")
        );
    }

    #[test]
    fn upn_rules() {
        assert_eq!(upn("o'neil@contoso.com"), None);
        assert_eq!(upn("a.@contoso.com"), Some(Flaw::BadUpn));
        assert_eq!(upn("a&b@contoso.com"), Some(Flaw::BadUpn));
        assert_eq!(upn("nobody"), Some(Flaw::BadUpn));
    }

    #[test]
    fn guid_rules() {
        assert_eq!(guid("00000004-0000-0ff1-ce00-000000000000"), None);
        assert_eq!(guid("0000-0ff1"), Some(Flaw::NotGuid));
    }
}
