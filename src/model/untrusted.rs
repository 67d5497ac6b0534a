//! What a value from outside — a data file or endpoint, a draft file, the address bar — must look
//! like before it becomes a link or is shown. One set of rules for the app, `check-data` and the
//! KEB drafts, so what the checker calls "OK" is what the app renders.
//!
//! ```
//! use be_netzwerke::model::untrusted::{mailto, tel, web_link};
//! assert_eq!(web_link("https://www.gemeindetag-bw.de/", false), Some("https://www.gemeindetag-bw.de/"));
//! assert_eq!(web_link("javascript:alert(1)", true), None);
//! assert_eq!(mailto("info@example.org?bcc=x@evil.example"), None);
//! assert_eq!(tel("+49 711 123-45").as_deref(), Some("tel:+4971112345"));
//! ```

/// Editors' tools may write a UTF-8 byte order mark; RFC 8259 §8.1 lets a reader ignore it.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Longest URL we link to (browsers and mail clients cut longer ones).
pub const MAX_URL_CHARS: usize = 2000;

/// The site a web address belongs to, as people name it: "staedtetag-bw.de" for
/// "https://www.staedtetag-bw.de/Lebensraum-Stadt/…". The address itself when it has no scheme.
pub fn site_name(url: &str) -> &str {
    let Some(rest) = strip_scheme(url, "https://").or_else(|| strip_scheme(url, "http://")) else { return url };
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// `url` if it may become a link: `https:` (and `http:` where the operator allows it), a host,
/// no user info (`https://amt.de@evil.example`), no spaces, quotes or backslashes.
pub fn web_link(url: &str, allow_http: bool) -> Option<&str> {
    let rest = strip_scheme(url, "https://").or_else(|| strip_scheme(url, "http://").filter(|_| allow_http))?;
    (url.chars().count() <= MAX_URL_CHARS && well_formed_after_scheme(rest)).then_some(url)
}

/// An `http:` or `https:` address in the form `web_link` accepts (the checker's rule; whether
/// `http:` becomes a link is the operator's choice at run time).
pub fn is_web_url(url: &str) -> bool {
    web_link(url, true).is_some()
}

fn strip_scheme<'a>(url: &'a str, scheme: &str) -> Option<&'a str> {
    let head = url.get(..scheme.len())?;
    head.eq_ignore_ascii_case(scheme).then(|| &url[scheme.len()..])
}

fn well_formed_after_scheme(rest: &str) -> bool {
    if rest.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '\\' | '"' | '<' | '>' | '`') || is_bidi_control(c)) {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    !authority.contains('@')
        && is_host(host)
        && port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A domain name (also an internationalised one, `müllheim.de`, or fully qualified with its
/// final dot) or `localhost`/an IPv4 address.
fn is_host(host: &str) -> bool {
    let labels: Vec<&str> = host.strip_suffix('.').unwrap_or(host).split('.').collect();
    !host.is_empty()
        && host.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty() && l.len() <= 63 && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || is_idn_char(c))
        })
}

/// A letter of an internationalised domain name (browsers turn it into punycode): any character
/// beyond Latin-1's controls and symbols that is no space or control. Not `char::is_alphanumeric`,
/// whose Unicode tables would cost the wasm several KB.
fn is_idn_char(c: char) -> bool {
    c >= '\u{00C0}' && !c.is_whitespace() && !c.is_control() && !is_bidi_control(c) && !matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}' | '\u{FEFF}' | '\u{FF0E}' | '\u{3002}')
}

/// An e-mail address as people publish them: `name@domain.tld`. Characters that would carry
/// more into a `mailto:` link (`?`, `&`, `%`, `,`, spaces) are refused.
pub fn is_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else { return false };
    let tld = domain.rsplit('.').next().unwrap_or_default();
    address.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && local.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-'))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && domain.contains('.')
        && is_host(domain)
        && tld.chars().count() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic() || is_idn_char(c))
}

/// The `mailto:` link for a valid address, nothing else.
pub fn mailto(address: &str) -> Option<String> {
    is_email(address).then(|| format!("mailto:{address}"))
}

/// A phone number as written in Germany: digits with spaces, `-`, `/`, `(`, `)` and a leading `+`.
pub fn is_phone(number: &str) -> bool {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let body = number.strip_prefix('+').unwrap_or(number);
    number.len() <= 40
        && (3..=20).contains(&digits)
        && body.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '(' | ')'))
}

/// The `tel:` link for a valid number: `tel:+4971112345`.
pub fn tel(number: &str) -> Option<String> {
    is_phone(number).then(|| {
        let plus = if number.starts_with('+') { "+" } else { "" };
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        format!("tel:{plus}{digits}")
    })
}

/// Characters that change how text is displayed without being visible: the bidi embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069; "Trojan Source").
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The first character a text may not contain: control characters (line breaks and tabs only
/// where the text may have several lines) and bidi controls.
pub fn forbidden_char(text: &str, multiline: bool) -> Option<char> {
    text.chars().find(|&c| is_bidi_control(c) || (c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'))))
}

/// How a forbidden character is named in messages: `U+202E`.
pub fn codepoint(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_site_is_named_by_its_host() {
        assert_eq!(super::site_name("https://www.staedtetag-bw.de/Lebensraum-Stadt/B%C3%BCrgerengagement/"), "staedtetag-bw.de");
        assert_eq!(super::site_name("http://www.arbes-bw.de/"), "arbes-bw.de");
        assert_eq!(super::site_name("https://landkreisnachrichten.de?x=1"), "landkreisnachrichten.de");
        assert_eq!(super::site_name("kein Link"), "kein Link");
    }

    use super::*;

    #[test]
    fn only_well_formed_web_addresses_become_links() {
        assert!(web_link("https://www.staedtetag-bw.de/Themen/Engagement?x=1#a", false).is_some());
        assert!(web_link("HTTPS://müllheim.de", false).is_some());
        assert!(web_link("https://127.0.0.1:8080/x", false).is_some());
        assert_eq!(web_link("http://www.arbes-bw.de/?p=231", false), None, "http only where the operator allows it");
        assert!(web_link("http://www.arbes-bw.de/?p=231", true).is_some());
        for hostile in [
            "javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>x</script>",
            "vbscript:x", "//evil.example/x", "/relative", "https://", "https://amt.de@evil.example/",
            "https://evil.example\\@amt.de", "https://a.de/\u{202E}gpj.exe", "https://a.de/x y", "https://a.de/\"onmouseover=",
            "https://-bad-.de", "https://a.de:99999999/",
        ] {
            assert_eq!(web_link(hostile, true), None, "{hostile}");
        }
        assert_eq!(web_link(&format!("https://a.de/{}", "x".repeat(MAX_URL_CHARS)), false), None);
    }

    #[test]
    fn mailto_only_for_plain_addresses() {
        assert_eq!(mailto("info@landkreistag-bw.de").as_deref(), Some("mailto:info@landkreistag-bw.de"));
        assert!(is_email("vorname.nachname+keb@gemeinde-müllheim.de"));
        for hostile in [
            "info@example.org?bcc=all@evil.example", "a@b.de&body=Hallo", "a@b.de,c@evil.example", "a b@c.de",
            "a@b", "@b.de", "a@@b.de", "javascript:alert(1)//@b.de", "a%0a@b.de", "a@b.d1", "a..b@c.de",
        ] {
            assert_eq!(mailto(hostile), None, "{hostile}");
        }
    }

    #[test]
    fn tel_only_for_phone_numbers() {
        assert_eq!(tel("0711 / 22 59 - 0").as_deref(), Some("tel:071122590"));
        assert_eq!(tel("+49 (0)7071 123"), Some("tel:+4907071123".into()));
        for hostile in ["javascript:1", "12", "+49 711 1;ext=evil", "0711 123?x", "1+1 234 567"] {
            assert_eq!(tel(hostile), None, "{hostile}");
        }
    }

    #[test]
    fn control_and_bidi_characters_are_found() {
        assert_eq!(forbidden_char("Aach, Stadt", false), None);
        assert_eq!(forbidden_char("Zeile 1\nZeile 2", true), None);
        assert_eq!(forbidden_char("Zeile 1\nZeile 2", false), Some('\n'));
        assert_eq!(forbidden_char("Ulm\u{202E}gro.live", true), Some('\u{202E}'));
        assert_eq!(forbidden_char("a\u{2067}b", true), Some('\u{2067}'));
        assert_eq!(forbidden_char("bell\u{7}", true), Some('\u{7}'));
        assert_eq!(forbidden_char("c1\u{85}", true), Some('\u{85}'));
        assert_eq!(codepoint('\u{202E}'), "U+202E");
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        assert_eq!(strip_bom("\u{feff}{\"a\":1}"), "{\"a\":1}");
        assert_eq!(strip_bom("{}"), "{}");
    }
}
