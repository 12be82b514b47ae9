"""Pre-post checks on a reply draft; each module holds related checks, `checker` runs them."""
