//! Exhibitor names for the sample fair: well-known Hangzhou and Chinese firms on the big islands,
//! invented Chinese and English firms on the rest.

use super::rng::SplitMix64;

/// Real firms a visitor to a Hangzhou digital-trade fair would expect on the large islands.
pub(crate) const FLAGSHIPS: [&str; 24] = [
    "阿里巴巴",
    "菜鸟网络",
    "海康威视",
    "网易",
    "吉利",
    "蚂蚁集团",
    "大华股份",
    "新华三",
    "顺丰速运",
    "中通快递",
    "圆通速递",
    "申通快递",
    "华为",
    "腾讯",
    "字节跳动",
    "京东物流",
    "恒生电子",
    "宇树科技",
    "Alibaba Cloud",
    "Cainiao Smart Logistics",
    "Hikvision",
    "NetEase Games",
    "Geely Auto",
    "Zhejiang Lab",
];

const CN_CITIES: [&str; 8] = ["杭州", "宁波", "温州", "义乌", "深圳", "上海", "苏州", "绍兴"];
const CN_CORES: [&str; 12] = [
    "云帆", "星河", "数智", "链动", "远航", "优品", "天目", "西溪", "钱塘", "之江", "灵犀", "青藤",
];
const CN_SUFFIXES: [&str; 6] =
    ["科技有限公司", "网络科技", "供应链管理", "跨境电商", "信息技术", "文化传媒"];
const EN_FIRSTS: [&str; 12] = [
    "Blue", "North", "Silk", "Jade", "Nimbus", "Orbit", "Pixel", "Quantum", "River", "Summit",
    "Lantern", "Harbour",
];
const EN_SECONDS: [&str; 10] =
    ["wave", "wind", "road", "gate", "link", "forge", "lane", "port", "grid", "loop"];
const EN_SUFFIXES: [&str; 10] = [
    "Robotics",
    "Logistics",
    "Studio",
    "Labs",
    "Trading",
    "Systems",
    "Games",
    "Media",
    "Payments",
    "Freight",
];

/// An invented exhibitor, Chinese about one time in three.
pub(crate) fn invented(rng: &mut SplitMix64) -> String {
    if rng.below(3) == 0 {
        format!("{}{}{}", rng.pick(&CN_CITIES), rng.pick(&CN_CORES), rng.pick(&CN_SUFFIXES))
    } else {
        format!("{}{} {}", rng.pick(&EN_FIRSTS), rng.pick(&EN_SECONDS), rng.pick(&EN_SUFFIXES))
    }
}
