//! A PowerShell command as data: the plan, the scripts and the checklist render the same value.

use super::quote::single_quoted;
use super::token::{Script, TokenKind};

/// An argument value; user text can only ever be a `Literal`, which renders single-quoted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Bool(bool),
    /// Free text, always emitted as a single-quoted literal.
    Literal(String),
    /// A fixed bare word from the model (enum names such as `UseSourceVerification`).
    Word(&'static str),
    /// A variable the script itself set, e.g. `cred`.
    Variable(&'static str),
    /// A sub-expression the model builds, e.g. `$sp.Id`; never contains user text.
    Expression(&'static str),
}

/// A parameter as bound on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Named(&'static str, Value),
    Switch(&'static str),
    /// A switch turned off for this call alone (`-WhatIf:$false`).
    SwitchOff(&'static str),
}

/// One cmdlet call in a pipeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    pub cmdlet: &'static str,
    pub args: Vec<Arg>,
}

/// A pipeline of invocations, optionally assigned to a variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    pub assign_to: Option<&'static str>,
    pub pipeline: Vec<Invocation>,
}

impl Command {
    /// Starts a command with a single cmdlet.
    pub fn new(cmdlet: &'static str) -> Self {
        Command {
            assign_to: None,
            pipeline: vec![Invocation {
                cmdlet,
                args: Vec::new(),
            }],
        }
    }

    /// Assigns the command's output to `$name`.
    pub fn assign(mut self, name: &'static str) -> Self {
        self.assign_to = Some(name);
        self
    }

    /// Pipes into another cmdlet.
    pub fn pipe(mut self, cmdlet: &'static str) -> Self {
        self.pipeline.push(Invocation {
            cmdlet,
            args: Vec::new(),
        });
        self
    }

    /// Adds `-name value` to the last cmdlet of the pipeline.
    pub fn arg(mut self, name: &'static str, value: Value) -> Self {
        self.last().args.push(Arg::Named(name, value));
        self
    }

    /// Adds `-name 'text'`.
    pub fn text(self, name: &'static str, value: impl Into<String>) -> Self {
        self.arg(name, Value::Literal(value.into()))
    }

    /// Adds `-name $true|$false`.
    pub fn flag(self, name: &'static str, value: bool) -> Self {
        self.arg(name, Value::Bool(value))
    }

    /// Adds a switch parameter.
    pub fn switch(mut self, name: &'static str) -> Self {
        self.last().args.push(Arg::Switch(name));
        self
    }

    /// Runs this call even in a `-WhatIf` dry run (`-WhatIf:$false`): for connections and reads
    /// the dry run needs, on cmdlets whose help documents `-WhatIf` (a cmdlet without it would
    /// reject the parameter).
    pub fn even_in_dry_run(mut self) -> Self {
        self.last().args.push(Arg::SwitchOff("WhatIf"));
        self
    }

    /// The first cmdlet of the pipeline.
    pub fn cmdlet(&self) -> &'static str {
        self.pipeline.first().map_or("", |i| i.cmdlet)
    }

    fn last(&mut self) -> &mut Invocation {
        self.pipeline
            .last_mut()
            .expect("a command always has at least one invocation")
    }

    /// Renders the command on one line, without a line break.
    pub fn render(&self, out: &mut Script) {
        if let Some(name) = self.assign_to {
            out.push(TokenKind::Variable, format!("${name}"));
            out.push(TokenKind::Plain, " ");
            out.push(TokenKind::Operator, "=");
            out.push(TokenKind::Plain, " ");
        }
        for (i, invocation) in self.pipeline.iter().enumerate() {
            if i > 0 {
                out.push(TokenKind::Plain, " ");
                out.push(TokenKind::Operator, "|");
                out.push(TokenKind::Plain, " ");
            }
            out.push(TokenKind::Cmdlet, invocation.cmdlet);
            for arg in &invocation.args {
                out.push(TokenKind::Plain, " ");
                match arg {
                    Arg::Switch(name) => out.push(TokenKind::Parameter, format!("-{name}")),
                    Arg::SwitchOff(name) => {
                        out.push(TokenKind::Parameter, format!("-{name}:"));
                        out.push(TokenKind::Variable, "$false");
                    }
                    Arg::Named(name, value) => {
                        out.push(TokenKind::Parameter, format!("-{name}"));
                        out.push(TokenKind::Plain, " ");
                        render_value(value, out);
                    }
                }
            }
        }
    }

    /// The named arguments and switches of a command that can be splatted: one cmdlet, not
    /// piped, with at least three parameters. A switch is bound as `$true`, as in about_Splatting.
    pub fn splattable(&self) -> Option<(&'static str, Vec<(&'static str, Value)>)> {
        self.parameters().filter(|(_, params)| params.len() >= 3)
    }

    /// The cmdlet and its parameters as name and value, for splatting: one cmdlet, not piped. A
    /// switch is bound as `$true`, as in about_Splatting.
    pub fn parameters(&self) -> Option<(&'static str, Vec<(&'static str, Value)>)> {
        let [invocation] = self.pipeline.as_slice() else {
            return None;
        };
        let params = invocation
            .args
            .iter()
            .map(|arg| match arg {
                Arg::Named(name, value) => (*name, value.clone()),
                Arg::Switch(name) => (*name, Value::Bool(true)),
                Arg::SwitchOff(name) => (*name, Value::Bool(false)),
            })
            .collect();
        Some((invocation.cmdlet, params))
    }

    /// The command as one line of text, for checklists and messages.
    pub fn to_text(&self) -> String {
        let mut script = Script::default();
        self.render(&mut script);
        script.text()
    }
}

/// Renders a value as PowerShell source.
pub fn render_value(value: &Value, out: &mut Script) {
    match value {
        Value::Bool(true) => out.push(TokenKind::Variable, "$true"),
        Value::Bool(false) => out.push(TokenKind::Variable, "$false"),
        Value::Literal(text) => out.push(TokenKind::String, single_quoted(text)),
        Value::Word(word) => out.push(TokenKind::Plain, *word),
        Value::Variable(name) => out.push(TokenKind::Variable, format!("${name}")),
        Value::Expression(expr) => out.push(TokenKind::Variable, *expr),
    }
}
