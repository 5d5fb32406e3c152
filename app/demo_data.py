"""The tables the demo shop is drawn from: names, companies, plates, colours, cars sold in China.

Weights are rough shares as a Changsha shop sees them (Hunan surnames such as 彭, 谭, 易 and
欧阳 are more common there than nationwide). A few rare forms are kept on purpose — a compound
surname, 𠮷 (outside the Basic Multilingual Plane), 堃 and 喆 in given names, a Uyghur name with
its middle dot — so that search, printing and fonts meet them in the demo, not first at a
customer's desk.
"""

from __future__ import annotations

from dataclasses import dataclass

# (surname, weight): roughly their frequency in Hunan, per mille.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("刘", 62), ("李", 60), ("陈", 52), ("王", 50), ("张", 46), ("彭", 24), ("周", 24),
    ("罗", 23), ("胡", 22), ("邓", 21), ("唐", 21), ("谭", 20), ("曾", 19), ("黄", 19),
    ("杨", 18), ("吴", 16), ("赵", 12), ("蒋", 12), ("贺", 11), ("易", 11), ("廖", 11),
    ("龙", 10), ("向", 10), ("肖", 10), ("朱", 9), ("欧", 4), ("郭", 8), ("何", 9),
    ("林", 7), ("高", 7), ("郑", 6), ("梁", 6), ("谢", 9), ("宋", 6), ("许", 5),
    ("韩", 5), ("冯", 5), ("曹", 5), ("田", 6), ("董", 4), ("潘", 4), ("袁", 5),
    ("蔡", 4), ("余", 5), ("于", 3), ("杜", 3), ("叶", 4), ("程", 4), ("魏", 3),
    ("苏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("卢", 3), ("姚", 3), ("沈", 3),
    ("钟", 4), ("姜", 3), ("崔", 2), ("陆", 2), ("范", 3), ("汪", 3), ("石", 4),
    ("金", 2), ("夏", 3), ("付", 3), ("方", 3), ("邹", 4), ("熊", 4), ("白", 2),
    ("孟", 2), ("秦", 2), ("邱", 3), ("侯", 2), ("江", 3), ("尹", 3), ("薛", 2),
    ("段", 3), ("雷", 3), ("黎", 3), ("史", 2), ("陶", 3), ("毛", 3), ("颜", 3),
    ("文", 4), ("伍", 3), ("戴", 3), ("严", 2), ("莫", 2), ("孔", 1), ("汤", 3),
    ("万", 2), ("左", 2), ("符", 1), ("阳", 2), ("聂", 2), ("匡", 1), ("龚", 3),
    ("欧阳", 2.5), ("司马", 0.3), ("上官", 0.2), ("诸葛", 0.1), ("司徒", 0.2), ("𠮷", 0.05),
)  # fmt: skip

# Given-name characters; a few rare ones (堃 喆 淼 犇 昊) at low weight.
GIVEN_MALE = (
    "伟", "强", "军", "磊", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏",
    "华", "飞", "波", "宇", "浩", "凯", "俊", "建", "国", "志", "文", "峰", "林", "海",
    "东", "亮", "晨", "阳", "龙", "成", "新", "永", "庆", "湘", "睿", "轩", "博", "子",
    "泽", "宏", "德", "家", "云", "锋", "健", "旭", "琦", "昊",
)  # fmt: skip
GIVEN_FEMALE = (
    "芳", "娟", "敏", "静", "丽", "艳", "霞", "燕", "玲", "婷", "雪", "慧", "颖", "琳",
    "洁", "倩", "萍", "红", "梅", "莉", "佳", "欣", "怡", "思", "雨", "彤", "诗", "涵",
    "晴", "月", "瑶", "蓉", "兰", "秀", "珍", "琴", "春", "媛",
)  # fmt: skip
GIVEN_RARE = ("堃", "喆", "淼", "犇", "昇", "珺")

# Whole names that do not follow surname + given name.
SPECIAL_NAMES = ("买买提·艾力", "阿依古丽·吐尔逊", "扎西多吉", "格桑卓玛")

COMPANY_PLACES = ("长沙", "湖南", "长沙县", "湖南星沙", "浏阳", "宁乡")
COMPANY_WORDS = (
    "星城", "湘江", "麓山", "芙蓉", "天心", "雨花", "开福", "望城", "星沙", "楚天", "潇湘",
    "洞庭", "橘洲", "金霞", "华悦", "恒信", "顺达", "通程", "新康", "鑫源", "宏达", "瑞丰",
    "中湘", "嘉禾", "长盛", "锦程", "同创", "凯越", "德润", "远航",
)  # fmt: skip
COMPANY_TRADES = (
    "物流", "建筑工程", "商贸", "科技", "餐饮管理", "房地产开发", "汽车租赁", "出租汽车",
    "医药", "电子商务", "装饰工程", "电力工程", "食品", "环保科技", "教育咨询",
)  # fmt: skip
COMPANY_FORMS = ("有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司")

# Districts and streets of Changsha for addresses.
DISTRICTS = ("长沙县", "雨花区", "芙蓉区", "开福区", "岳麓区", "天心区", "望城区")
STREETS = (
    "星沙大道", "开元路", "人民东路", "万家丽路", "劳动东路", "东二环", "五一大道", "芙蓉中路",
    "湘江中路", "麓山南路", "韶山北路", "车站北路", "三一大道", "板仓路", "望仙路", "凉塘路",
)  # fmt: skip

# Plates: the shop's own prefix most, other Hunan cities next, then cars from elsewhere.
# 株洲 湘潭 衡阳 邵阳 岳阳 张家界 益阳 常德 娄底 郴州 永州 怀化 湘西
HUNAN_OFFICES = "BCDEFGHJKLMNU"
OTHER_PREFIXES = (
    "粤B", "粤A", "鄂A", "赣A", "京A", "沪A", "浙A", "川A", "桂A", "贵A", "渝A", "苏E", "豫A",
)  # fmt: skip
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

COLOURS: tuple[tuple[str, float], ...] = (
    ("白色", 36), ("黑色", 22), ("银色", 10), ("灰色", 12), ("红色", 6), ("蓝色", 7),
    ("棕色", 2), ("绿色", 2), ("香槟色", 2), ("橙色", 1),
)  # fmt: skip

# Mobile prefixes in use (China Mobile, Unicom, Telecom, virtual operators).
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "170", "171", "173", "175", "176",
    "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
    "191", "193", "195", "196", "197", "198", "199",
)  # fmt: skip
LANDLINE_AREA = "0731"  # Changsha; local numbers have 8 digits
LANDLINE_STARTS = ("8", "5", "2")


@dataclass(frozen=True)
class CarModel:
    """A model sold in China: its maker's WMI, a VIN descriptor, fuel, price tier, years sold."""

    brand: str
    model: str
    wmis: tuple[str, ...]  # world manufacturer identifiers the maker uses for it
    vds: str  # 5 characters of the VIN's vehicle descriptor section for this model
    fuel: str  # petrol | diesel | hybrid | phev | electric
    tier: float  # parts and labor price level: 1.0 an ordinary family car
    first_year: int
    last_year: int
    weight: float  # share among the cars a Changsha shop sees


def _m(brand: str, model: str, wmis: str, vds: str, fuel: str, tier: float,
       years: tuple[int, int], weight: float) -> CarModel:
    return CarModel(brand, model, tuple(wmis.split()), vds, fuel, tier, years[0], years[1],
                    weight)


MODELS: tuple[CarModel, ...] = (
    _m("大众", "朗逸", "LSV", "AB41F", "petrol", 1.0, (2008, 2026), 9),
    _m("大众", "帕萨特", "LSV", "HA63E", "petrol", 1.3, (2011, 2026), 4),
    _m("大众", "途观L", "LSV", "VA65N", "petrol", 1.35, (2017, 2026), 4),
    _m("大众", "速腾", "LFV", "A21K3", "petrol", 1.1, (2006, 2026), 5),
    _m("大众", "迈腾", "LFV", "A24G5", "petrol", 1.3, (2007, 2026), 4),
    _m("大众", "宝来", "LFV", "A11J2", "petrol", 1.0, (2008, 2026), 4),
    _m("丰田", "卡罗拉", "LFM", "A1BE8", "petrol", 1.0, (2007, 2026), 6),
    _m("丰田", "卡罗拉双擎", "LFM", "A1BH9", "hybrid", 1.05, (2016, 2026), 2),
    _m("丰田", "凯美瑞", "LVG", "BKA3F", "petrol", 1.3, (2006, 2026), 4),
    _m("丰田", "RAV4荣放", "LFM", "J7AV4", "petrol", 1.25, (2009, 2026), 3),
    _m("丰田", "汉兰达", "LVG", "CXA5H", "petrol", 1.45, (2009, 2026), 2),
    _m("本田", "雅阁", "LHG", "CV167", "petrol", 1.3, (2008, 2026), 4),
    _m("本田", "思域", "LVH", "FC163", "petrol", 1.1, (2006, 2026), 3),
    _m("本田", "CR-V", "LVH", "RW28E", "petrol", 1.25, (2007, 2026), 4),
    _m("本田", "飞度", "LHG", "GK553", "petrol", 0.9, (2008, 2024), 2),
    _m("日产", "轩逸", "LGB", "H12E2", "petrol", 0.95, (2006, 2026), 7),
    _m("日产", "天籁", "LGB", "L33A5", "petrol", 1.25, (2008, 2026), 2),
    _m("日产", "奇骏", "LGB", "T32D3", "petrol", 1.2, (2008, 2026), 2),
    _m("别克", "英朗", "LSG", "JA54K", "petrol", 1.0, (2010, 2025), 5),
    _m("别克", "君威", "LSG", "ZC58L", "petrol", 1.2, (2009, 2025), 2),
    _m("别克", "GL8", "LSG", "UL59M", "petrol", 1.4, (2006, 2026), 3),
    _m("比亚迪", "秦PLUS DM-i", "LGX LC0", "C4EB3", "phev", 0.95, (2021, 2026), 6),
    _m("比亚迪", "汉EV", "LGX LC0", "E2FA7", "electric", 1.3, (2020, 2026), 2),
    _m("比亚迪", "宋PLUS DM-i", "LGX LC0", "C6SD4", "phev", 1.05, (2021, 2026), 5),
    _m("比亚迪", "海豚", "LGX LC0", "E1DF2", "electric", 0.85, (2021, 2026), 3),
    _m("比亚迪", "元PLUS", "LGX LC0", "E3YP5", "electric", 0.95, (2022, 2026), 2),
    _m("比亚迪", "F3", "LGX LC0", "A2F30", "petrol", 0.75, (2006, 2016), 2),
    _m("特斯拉", "Model 3", "LRW", "3E7FA", "electric", 1.4, (2020, 2026), 3),
    _m("特斯拉", "Model Y", "LRW", "YGEEK", "electric", 1.45, (2021, 2026), 3),
    _m("吉利", "帝豪", "LB3", "1F3EC", "petrol", 0.8, (2009, 2026), 5),
    _m("吉利", "星越L", "LB3", "4K7RN", "petrol", 1.05, (2021, 2026), 2),
    _m("吉利", "博越", "LB3", "7J2LC", "petrol", 0.9, (2016, 2026), 3),
    _m("长安", "CS75", "LS5", "A3DE7", "petrol", 0.85, (2014, 2026), 4),
    _m("长安", "逸动", "LS5", "A2BL6", "petrol", 0.8, (2012, 2026), 3),
    _m("哈弗", "H6", "LGW", "EF6A8", "petrol", 0.9, (2011, 2026), 5),
    _m("理想", "L7", "LW4", "33C1B", "phev", 1.45, (2023, 2026), 1.5),
    _m("宝马", "3系", "LBV", "8V190", "petrol", 1.7, (2006, 2026), 2.5),
    _m("宝马", "5系", "LBV", "5L250", "petrol", 1.9, (2006, 2026), 2),
    _m("宝马", "X3", "LBV", "TX350", "petrol", 1.85, (2018, 2026), 1.5),
    _m("奔驰", "C级", "LE4", "GF4HB", "petrol", 1.75, (2008, 2026), 2.5),
    _m("奔驰", "E级", "LE4", "ZF5KB", "petrol", 1.95, (2010, 2026), 2),
    _m("奔驰", "GLC", "LE4", "GG4HB", "petrol", 1.9, (2016, 2026), 1.5),
    _m("奥迪", "A4L", "LFV", "3A28K", "petrol", 1.6, (2009, 2026), 2.5),
    _m("奥迪", "A6L", "LFV", "3A24G", "petrol", 1.8, (2006, 2026), 2.5),
    _m("奥迪", "Q5L", "LFV", "3A2FY", "petrol", 1.75, (2018, 2026), 1.5),
    _m("五菱", "宏光MINIEV", "LZW", "ADAGA", "electric", 0.6, (2020, 2026), 3),
    _m("五菱", "宏光", "LZW", "ACAG1", "petrol", 0.65, (2010, 2024), 3),
    _m("五菱", "缤果", "LZW", "ADMBA", "electric", 0.65, (2023, 2026), 1),
    _m("现代", "伊兰特", "LBE", "HD41D", "petrol", 0.9, (2006, 2026), 3),
    _m("起亚", "K3", "LJD", "5AA2D", "petrol", 0.85, (2013, 2024), 2),
    _m("福特", "福克斯", "LVS", "HFAE2", "petrol", 0.95, (2006, 2024), 3),
    _m("马自达", "昂克赛拉", "LVR", "BM3F2", "petrol", 1.0, (2014, 2026), 2),
    _m("奇瑞", "瑞虎8", "LVV", "DB21E", "petrol", 0.85, (2018, 2026), 2),
    _m("荣威", "i5", "LSJ", "W74G3", "petrol", 0.8, (2019, 2025), 2),
    _m("传祺", "GS4", "LMG", "AA1S4", "petrol", 0.85, (2015, 2025), 2),
    _m("蔚来", "ES6", "LJ1", "E2AA5", "electric", 1.5, (2019, 2026), 1),
)

# Ten years ago cars with 100 km of range were rare; ordinary cars come from the shop's own
# time, old ones from the second-hand market.
OLDEST_YEAR = 2005
