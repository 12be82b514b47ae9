"""The app's style keeps the platform's look but gives tabs room for an accented capital
("Établissements"): Fusion clipped the accent of tabs that are not selected."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QStyleFactory, QTabBar

from workstation.ui.style import TAB_EXTRA_HEIGHT, AccentSafeStyle, install_style

pytestmark = pytest.mark.gui


def _tab_height(style_name: str | None) -> int:
    bar = QTabBar()
    style = AccentSafeStyle("fusion") if style_name is None else QStyleFactory.create(style_name)
    bar.setStyle(style)
    bar.addTab("Établissements")
    height = bar.tabSizeHint(0).height()
    bar.deleteLater()
    return height


def test_tabs_are_taller_than_the_platform_style_draws_them(qapp: QApplication) -> None:
    assert _tab_height(None) == _tab_height("fusion") + TAB_EXTRA_HEIGHT


def test_installing_twice_wraps_once(qapp: QApplication) -> None:
    before = qapp.style().name()  # setStyle deletes the style object it replaces
    try:
        install_style(qapp)
        wrapped = qapp.style()
        install_style(qapp)
        assert qapp.style() is wrapped and isinstance(wrapped, AccentSafeStyle)
        assert wrapped.baseStyle().name().lower() == before.lower()  # the platform's style, wrapped
    finally:
        qapp.setStyle(QStyleFactory.create(before))
