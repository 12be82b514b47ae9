"""Reply assistant core: template library, renderer, suggester and pre-post checks.

Qt-free. Entry points: `loader.load_library`, `suggester.suggest`,
`checker.check_draft`, `library` (template management) and `cli` (headless commands).
"""
