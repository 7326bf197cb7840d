//! The three-way choice for one property: whichever side changed it wins; both changing it to
//! different values is a conflict.

/// Collects the properties that both sides changed differently while an object is merged.
#[derive(Debug, Default)]
pub(crate) struct Fields {
    /// Names of the properties in conflict, in the order they were met.
    pub conflicting: Vec<&'static str>,
}

impl Fields {
    /// The merged value of one property: the side that changed it, ours when both did alike or
    /// (recording a conflict) differently.
    pub(crate) fn pick<T: PartialEq + Clone>(
        &mut self,
        name: &'static str,
        base: &T,
        ours: &T,
        theirs: &T,
    ) -> T {
        if ours == theirs || theirs == base {
            ours.clone()
        } else if ours == base {
            theirs.clone()
        } else {
            self.conflicting.push(name);
            ours.clone()
        }
    }
}
