"""The labels of the settlement list and the daily close sheet, beside the shared ones.

Kept apart from labels.py so each paper's words stay with the paper; `words(language)` gives
the shared labels with these on top.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.printing.labels import labels

ZH: dict[str, str] = {
    "receipt": "机动车维修结算清单",
    "receipt_short": "结算清单",
    "receipt_number": "结算单号",
    "order_number": "委托书号",
    "settled_at": "结算时间",
    "cashier": "收银员",
    "charged_lines": "维修项目及材料",
    "col_hours_qty": "工时/数量",
    "payments": "付款明细",
    "col_method": "付款方式",
    "col_reference": "凭证号",
    "col_tendered": "实收",
    "col_change": "找零",
    "deposit": "已付定金",
    "due": "应付金额",
    "paid": "已付金额",
    "change": "找零",
    "owed": "挂账欠款",
    "approved_by": "挂账批准人：{name}",
    "warranty": "质量保证期",
    "reversed": "已冲销",
    "thanks": "谢谢惠顾，欢迎再次光临！",
    "sign_receipt": "本人已核对结算项目及金额。",
    "later_payment": "还款 {day}",
    "refund": "冲销退款",
    "deposit_refund": "退还多余定金",
    # The daily close sheet
    "dailyclose": "收银日结单",
    "close_day": "营业日期",
    "by_method": "按付款方式",
    "by_cashier": "按收银员",
    "col_total": "合计",
    "received": "实收合计",
    "settled_count": "结算单数",
    "settled_fen": "结算金额",
    "arrears_received": "其中收回欠款",
    "deposits": "其中收取定金",
    "refunds": "冲销退款",
    "change_given": "找零（已扣除）",
    "on_account": "当日挂账（未收款）",
    "sign_cashier": "收银员签字：",
    "sign_manager": "店长签字：",
}

EN: dict[str, str] = {
    "receipt": "Vehicle repair settlement list",
    "receipt_short": "Settlement list",
    "receipt_number": "Receipt no.",
    "order_number": "Order no.",
    "settled_at": "Settled",
    "cashier": "Cashier",
    "charged_lines": "Work and parts",
    "col_hours_qty": "Hours/qty",
    "payments": "Payments",
    "col_method": "Method",
    "col_reference": "Reference",
    "col_tendered": "Tendered",
    "col_change": "Change",
    "deposit": "Deposit paid",
    "due": "Amount due",
    "paid": "Paid",
    "change": "Change",
    "owed": "Owed (on account)",
    "approved_by": "Account approved by {name}",
    "warranty": "Warranty",
    "reversed": "REVERSED",
    "thanks": "Thank you for your custom!",
    "sign_receipt": "I have checked the items and amounts above.",
    "later_payment": "paid {day}",
    "refund": "Refund (reversal)",
    "deposit_refund": "Deposit beyond the bill, returned",
    "dailyclose": "Daily cash close",
    "close_day": "Business day",
    "by_method": "By payment method",
    "by_cashier": "By cashier",
    "col_total": "Total",
    "received": "Received",
    "settled_count": "Bills settled",
    "settled_fen": "Bills total",
    "arrears_received": "of which arrears paid",
    "deposits": "of which deposits",
    "refunds": "Refunds (reversals)",
    "change_given": "Change given (deducted)",
    "on_account": "Left on account (not received)",
    "sign_cashier": "Cashier:",
    "sign_manager": "Manager:",
}


def words(language: str) -> Mapping[str, str]:
    own = EN if language == "en" else ZH
    return {**labels(language), **own}
