//! R-tree joins: every pair of entries whose boxes meet, found by walking two trees together
//! (or one tree against itself) instead of querying once per object, and split into tasks
//! that run in parallel.

use rayon::prelude::*;
use rstar::{Envelope, ParentNode, RTreeNode, RTreeObject};

use super::index::{Entry, RectTree, TreeParams};
use rstar::RTreeParams;

/// One piece of a join: pairs within one subtree, or between two subtrees.
#[derive(Clone, Copy)]
enum Task<'a> {
    Within(&'a RTreeNode<Entry>),
    Between(&'a RTreeNode<Entry>, &'a RTreeNode<Entry>),
}

/// Enough tasks to keep every core busy with uneven subtrees.
const TASKS: usize = 256;

/// Calls `visit` once for every unordered pair of distinct entries of `tree` whose boxes meet
/// (borders included), in parallel; collects what it returns.
pub(crate) fn within<R: Send>(
    tree: &RectTree,
    visit: impl Fn(&Entry, &Entry, &mut Vec<R>) + Sync,
) -> Vec<R> {
    let mut tasks: Vec<Task<'_>> = Vec::new();
    split_within(tree.root(), &mut tasks);
    while tasks.len() < TASKS {
        let before = tasks.len();
        tasks = tasks.into_iter().flat_map(refine).collect();
        if tasks.len() == before {
            break;
        }
    }
    run(&tasks, &visit)
}

/// Calls `visit` for every pair (entry of `a`, entry of `b`) whose boxes meet, in parallel.
pub(crate) fn between<R: Send>(
    a: &RectTree,
    b: &RectTree,
    visit: impl Fn(&Entry, &Entry, &mut Vec<R>) + Sync,
) -> Vec<R> {
    let mut tasks = Vec::new();
    for x in a.root().children() {
        for y in b.root().children() {
            if meet(x, y) {
                tasks.push(Task::Between(x, y));
            }
        }
    }
    run(&tasks, &visit)
}

fn run<R: Send>(
    tasks: &[Task<'_>],
    visit: &(impl Fn(&Entry, &Entry, &mut Vec<R>) + Sync),
) -> Vec<R> {
    tasks
        .par_iter()
        .fold(Vec::new, |mut out, task| {
            match *task {
                Task::Within(node) => walk_within(node, visit, &mut out),
                Task::Between(x, y) => walk_between(x, y, visit, &mut out),
            }
            out
        })
        .reduce(Vec::new, |mut a, mut b| {
            a.append(&mut b);
            a
        })
}

fn envelope(node: &RTreeNode<Entry>) -> <Entry as RTreeObject>::Envelope {
    match node {
        RTreeNode::Leaf(entry) => entry.envelope(),
        RTreeNode::Parent(parent) => parent.envelope(),
    }
}

fn meet(x: &RTreeNode<Entry>, y: &RTreeNode<Entry>) -> bool {
    envelope(x).intersects(&envelope(y))
}

fn split_within<'a>(parent: &'a ParentNode<Entry>, tasks: &mut Vec<Task<'a>>) {
    let children = parent.children();
    for (i, x) in children.iter().enumerate() {
        tasks.push(Task::Within(x));
        for y in &children[i + 1..] {
            if meet(x, y) {
                tasks.push(Task::Between(x, y));
            }
        }
    }
}

/// One task as several smaller ones, one level further down.
fn refine(task: Task<'_>) -> Vec<Task<'_>> {
    let mut out = Vec::new();
    match task {
        Task::Within(RTreeNode::Parent(p)) => split_within(p, &mut out),
        Task::Between(RTreeNode::Parent(p), y) => {
            out.extend(p.children().iter().filter(|x| meet(x, y)).map(|x| Task::Between(x, y)));
        }
        Task::Between(x, RTreeNode::Parent(q)) => {
            out.extend(q.children().iter().filter(|y| meet(x, y)).map(|y| Task::Between(x, y)));
        }
        other => out.push(other),
    }
    out
}

fn walk_within<R>(
    node: &RTreeNode<Entry>,
    visit: &impl Fn(&Entry, &Entry, &mut Vec<R>),
    out: &mut Vec<R>,
) {
    if let RTreeNode::Parent(parent) = node {
        let children = parent.children();
        for (i, x) in children.iter().enumerate() {
            walk_within(x, visit, out);
            for y in &children[i + 1..] {
                walk_between(x, y, visit, out);
            }
        }
    }
}

fn walk_between<R>(
    x: &RTreeNode<Entry>,
    y: &RTreeNode<Entry>,
    visit: &impl Fn(&Entry, &Entry, &mut Vec<R>),
    out: &mut Vec<R>,
) {
    if !meet(x, y) {
        return;
    }
    match (x, y) {
        (RTreeNode::Leaf(a), RTreeNode::Leaf(b)) => visit(a, b, out),
        (RTreeNode::Parent(p), RTreeNode::Leaf(_)) => {
            for c in p.children() {
                walk_between(c, y, visit, out);
            }
        }
        (RTreeNode::Leaf(_), RTreeNode::Parent(q)) => {
            for c in q.children() {
                walk_between(x, c, visit, out);
            }
        }
        (RTreeNode::Parent(p), RTreeNode::Parent(q)) => {
            let (ey, ex) = (q.envelope(), p.envelope());
            // The children of `q` that can meet any child of `p`, picked once (on the stack).
            let mut near = [y; 2 * TreeParams::MAX_SIZE];
            let mut count = 0;
            for d in q.children().iter().filter(|d| envelope(d).intersects(&ex)) {
                if count == near.len() {
                    count = usize::MAX;
                    break;
                }
                near[count] = d;
                count += 1;
            }
            for c in p.children().iter().filter(|c| envelope(c).intersects(&ey)) {
                if count == usize::MAX {
                    for d in q.children() {
                        walk_between(c, d, visit, out);
                    }
                } else {
                    for d in &near[..count] {
                        walk_between(c, d, visit, out);
                    }
                }
            }
        }
    }
}
