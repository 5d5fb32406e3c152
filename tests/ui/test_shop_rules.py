"""The shop's rules dialog: a bad rate refused next to its field, good rules saved."""

from __future__ import annotations

from app.services import checkin, shop_rules


def test_rules_dialog_refuses_then_saves(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.shop_rules import ShopRulesDialog

    window.menus.actions["shop_rules"].trigger()
    [dialog] = [w for w in window.findChildren(ShopRulesDialog) if w.isVisible()]
    assert dialog.rate.text() == "120.00" and dialog.papers["checkin"].isChecked()
    assert dialog.checklist.toPlainText().splitlines()[0] == "Exterior"  # English UI here
    dialog.rate.setText("abc")
    dialog.save_button.click()
    assert "hourly rate" in dialog.errors.shown()["hourly_rate"]
    dialog.rate.setText("135")
    dialog.papers["approval"].setChecked(True)
    dialog.checklist.setPlainText(dialog.checklist.toPlainText() + "\nDashcam")
    dialog.save_button.click()
    assert not dialog.isVisible()
    with context.read() as s:
        rules = shop_rules.rules(s)
        items = checkin.checklist_items(s)
    assert rules.hourly_rate_fen == 13500 and "approval" in rules.mandatory_signatures
    assert items[0] == "Exterior" and items[-1] == "Dashcam"  # defaults kept by source name


def test_handover_rules_refuse_below_the_law_then_save(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    from app.services import handover_rules
    from ui.dialogs.shop_rules import ShopRulesDialog

    window.menus.actions["shop_rules"].trigger()
    [dialog] = [w for w in window.findChildren(ShopRulesDialog) if w.isVisible()]
    box = dialog.handover
    assert box.days.text() == "3"
    assert box.checklist.toPlainText().splitlines()[2] == "Road test"
    km, days = box.promises["vehicle_overhaul"]
    assert km.placeholderText() == "20000" and days.placeholderText() == "100"
    km.setText("30000")
    days.setText("60")  # below the law's 100 days
    box.days.setText("8")
    dialog.save_button.click()
    shown = dialog.errors.shown()
    assert "20000 km or 100 days" in shown["vehicle_overhaul"]
    assert "2 to 7 days" in shown["followup_days"]
    days.setText("180")
    box.days.setText("4")
    dialog.save_button.click()
    assert not dialog.isVisible()
    with context.read() as s:
        rules = handover_rules.rules(s)
    assert rules.followup_days == 4 and rules.promised["vehicle_overhaul"].days == 180
    assert rules.completion_checklist[2] == "Road test"
