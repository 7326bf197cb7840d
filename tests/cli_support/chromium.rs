//! Headless Chromium from Debian, driven over the `DevTools` protocol on a pipe
//! (`--remote-debugging-pipe`: JSON messages ending in a NUL byte on file descriptors 3 and 4), so
//! no websocket crate is needed. The browser runs with every name resolving to nothing and a
//! proxy on a closed port, and the protocol's Network events record every request a page makes.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How long one protocol answer or page load may take before the test fails.
const PATIENCE: Duration = Duration::from_mins(1);

/// One headless Chromium with one open page.
pub struct Browser {
    child: Child,
    commands: ChildStdin,
    replies: Receiver<Value>,
    next_id: u64,
    session: Option<String>,
    /// Every event of the current page, in order.
    pub events: Vec<Value>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts Chromium (installing Debian's `chromium` when missing). The sandbox is off: CI runs
    /// as root in a container, where Chromium's sandbox cannot start.
    pub fn launch() -> Self {
        super::debian::ensure("chromium", "chromium");
        let profile = tempfile::tempdir().unwrap();
        // bash hands our stdin and stdout to Chromium as fds 3 and 4, the pipe's two ends.
        let mut child = Command::new("bash")
            .arg("-c")
            .arg(r#"exec chromium "$@" 3<&0 4>&1 0</dev/null 1>/dev/null"#)
            .arg("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--remote-debugging-pipe",
                "--window-size=1400,900",
                "--proxy-server=http://127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                &format!("--user-data-dir={}", profile.path().display()),
                "about:blank",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium starts");
        let commands = child.stdin.take().unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let (tx, replies) = mpsc::channel();
        std::thread::spawn(move || {
            let mut message = Vec::new();
            while reader.read_until(0, &mut message).is_ok_and(|n| n > 0) {
                message.pop();
                if let Ok(value) = serde_json::from_slice::<Value>(&message)
                    && tx.send(value).is_err()
                {
                    return;
                }
                message.clear();
            }
        });
        Self {
            child,
            commands,
            replies,
            next_id: 1,
            session: None,
            events: Vec::new(),
            _profile: profile,
        }
    }

    /// Sends one command (to the open page, when there is one) and waits for its result,
    /// keeping the events that arrive meanwhile.
    pub fn call(&mut self, method: &str, params: &Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if let Some(session) = &self.session
            && !method.starts_with("Target.")
        {
            message["sessionId"] = json!(session);
        }
        let mut bytes = serde_json::to_vec(&message).unwrap();
        bytes.push(0);
        self.commands.write_all(&bytes).unwrap();
        self.commands.flush().unwrap();
        let deadline = Instant::now() + PATIENCE;
        loop {
            let value = self.next_message(deadline, method);
            if value["id"] == json!(id) {
                assert!(value.get("error").is_none(), "{method} failed: {value}");
                return value["result"].clone();
            }
            self.keep(value);
        }
    }

    fn next_message(&self, deadline: Instant, waiting_for: &str) -> Value {
        let left = deadline.saturating_duration_since(Instant::now());
        self.replies
            .recv_timeout(left)
            .unwrap_or_else(|e| panic!("no answer from Chromium to {waiting_for}: {e}"))
    }

    fn keep(&mut self, event: Value) {
        if event.get("method").is_some() && event["sessionId"].as_str() == self.session.as_deref() {
            self.events.push(event);
        }
    }

    /// Opens `url` in a fresh page (with network events recorded from the first request) and
    /// waits until the map's script says it is ready.
    pub fn open(&mut self, url: &str) {
        self.session = None;
        self.events.clear();
        let target = self.call("Target.createTarget", &json!({ "url": "about:blank" }));
        let attached = self.call(
            "Target.attachToTarget",
            &json!({ "targetId": target["targetId"], "flatten": true }),
        );
        self.session = attached["sessionId"].as_str().map(str::to_owned);
        self.call("Network.enable", &json!({}));
        self.call("Page.enable", &json!({}));
        self.call("Page.navigate", &json!({ "url": url }));
        self.wait_for_event("Page.loadEventFired");
        let deadline = Instant::now() + PATIENCE;
        while self.eval("document.documentElement.getAttribute('data-ready')").is_null() {
            assert!(Instant::now() < deadline, "the map never became ready: {:?}", self.events);
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for an event of the current page named `method`. Fails at once when the page opens
    /// a dialog (`alert`), which would stop its script.
    pub fn wait_for_event(&mut self, method: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.events.iter().any(|e| e["method"] == method) {
            let dialog = self.events.iter().find(|e| e["method"] == "Page.javascriptDialogOpening");
            assert!(dialog.is_none(), "the page opened a dialog: {dialog:?}");
            let value = self.next_message(deadline, method);
            self.keep(value);
        }
    }

    /// The value of a JavaScript expression in the page.
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            &json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        );
        assert!(result.get("exceptionDetails").is_none(), "{expression}: {result}");
        result["result"]["value"].clone()
    }

    /// A left click at a point of the window, as a mouse gives it.
    pub fn click(&mut self, x: f64, y: f64) {
        self.mouse("mouseMoved", x, y, 0);
        self.mouse("mousePressed", x, y, 1);
        self.mouse("mouseReleased", x, y, 1);
    }

    /// A drag with the left button from one point to another, in a few steps.
    pub fn drag(&mut self, from: (f64, f64), to: (f64, f64)) {
        self.mouse("mouseMoved", from.0, from.1, 0);
        self.mouse("mousePressed", from.0, from.1, 1);
        for step in 1..=5 {
            let t = f64::from(step) / 5.0;
            let (x, y) = (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t);
            self.call(
                "Input.dispatchMouseEvent",
                &json!({ "type": "mouseMoved", "x": x, "y": y, "button": "left", "buttons": 1 }),
            );
        }
        self.mouse("mouseReleased", to.0, to.1, 1);
    }

    /// Two fingers on a touch screen at `centre`, `from` pixels apart, spread to `to` apart.
    pub fn pinch(&mut self, centre: (f64, f64), from: f64, to: f64) {
        let fingers = |gap: f64| {
            json!([
                { "x": centre.0 - gap / 2.0, "y": centre.1, "id": 0 },
                { "x": centre.0 + gap / 2.0, "y": centre.1, "id": 1 },
            ])
        };
        self.call(
            "Input.dispatchTouchEvent",
            &json!({ "type": "touchStart", "touchPoints": fingers(from) }),
        );
        for step in 1..=6 {
            let gap = from + (to - from) * f64::from(step) / 6.0;
            self.call(
                "Input.dispatchTouchEvent",
                &json!({ "type": "touchMove", "touchPoints": fingers(gap) }),
            );
        }
        self.call("Input.dispatchTouchEvent", &json!({ "type": "touchEnd", "touchPoints": [] }));
    }

    /// One turn of the mouse wheel at a point (negative `delta_y` zooms in).
    pub fn wheel(&mut self, x: f64, y: f64, delta_y: f64) {
        self.call(
            "Input.dispatchMouseEvent",
            &json!({ "type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": delta_y }),
        );
    }

    fn mouse(&mut self, kind: &str, x: f64, y: f64, clicks: u32) {
        let button = if clicks > 0 { "left" } else { "none" };
        self.call(
            "Input.dispatchMouseEvent",
            &json!({ "type": kind, "x": x, "y": y, "button": button, "clickCount": clicks }),
        );
    }

    /// Every URL the current page asked for other than `page` itself (its file, any `#…`).
    pub fn requests_besides(&self, page: &Path) -> Vec<String> {
        let own = url_of(page);
        self.events
            .iter()
            .filter(|e| e["method"] == "Network.requestWillBeSent")
            .filter_map(|e| e["params"]["request"]["url"].as_str())
            .filter(|url| url.split('#').next() != Some(own.as_str()))
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for Browser {
    /// Asks Chromium to close (so its helper processes end with it), then makes sure it did.
    fn drop(&mut self) {
        let close = format!("{{\"id\":{},\"method\":\"Browser.close\"}}\0", self.next_id);
        let _ = self.commands.write_all(close.as_bytes());
        let _ = self.commands.flush();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.child.try_wait().is_ok_and(|status| status.is_some()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `file://` URL of a local file (its path made absolute; test paths need no escaping).
pub fn url_of(path: &Path) -> String {
    format!("file://{}", std::path::absolute(path).unwrap().display())
}
