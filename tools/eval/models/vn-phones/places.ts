import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's buyers live and where it delivers: the provinces and cities of Vietnam as they are after the
 * 2025 merger (no districts; wards and communes under the province), the store's shops, and the countries its
 * overseas Vietnamese customers buy from. Postal codes are the five-digit national ones.
 */

export type Tier = 'metro' | 'city' | 'province';

export interface Place {
  province: string;
  tier: Tier;
  /** Share of the store's domestic buyers. */
  weight: number;
  postal: readonly [number, number];
  wards: readonly string[];
  streets: readonly string[];
  /** Two-hour delivery by motorbike courier. */
  express: boolean;
}

const place = (
  province: string,
  tier: Tier,
  weight: number,
  postal: readonly [number, number],
  wards: readonly string[],
  streets: readonly string[],
): Place => ({ province, tier, weight, postal, wards, streets, express: tier === 'metro' });

export const HCMC = 'TP. Hồ Chí Minh';
export const HANOI = 'Hà Nội';
export const DA_NANG = 'Đà Nẵng';

export const PLACES: readonly Place[] = [
  place(
    HCMC,
    'metro',
    30,
    [70000, 74999],
    [
      'Phường Bến Thành',
      'Phường Sài Gòn',
      'Phường Tân Định',
      'Phường Bàn Cờ',
      'Phường Xuân Hòa',
      'Phường Chợ Lớn',
      'Phường An Đông',
      'Phường Bình Thạnh',
      'Phường Gia Định',
      'Phường Thạnh Mỹ Tây',
      'Phường Tân Sơn Nhất',
      'Phường Phú Nhuận',
      'Phường Gò Vấp',
      'Phường Hạnh Thông',
      'Phường Thủ Đức',
      'Phường Linh Xuân',
      'Phường An Khánh',
      'Phường Bình Tân',
      'Phường Tân Phú',
      'Phường Tân Bình',
      'Phường Thủ Dầu Một',
      'Phường Dĩ An',
      'Phường Vũng Tàu',
      'Xã Bình Chánh',
      'Xã Củ Chi',
    ],
    [
      'Nguyễn Trãi',
      'Lê Văn Sỹ',
      'Cách Mạng Tháng Tám',
      'Điện Biên Phủ',
      'Nguyễn Văn Cừ',
      'Phan Xích Long',
      'Quang Trung',
      'Võ Văn Ngân',
      'Hoàng Văn Thụ',
      'Trường Chinh',
      'Phạm Văn Đồng',
      'Nguyễn Thị Minh Khai',
      'Lũy Bán Bích',
      'Kha Vạn Cân',
      'Nguyễn Oanh',
      'Âu Cơ',
    ],
  ),
  place(
    HANOI,
    'metro',
    22,
    [10000, 14999],
    [
      'Phường Hoàn Kiếm',
      'Phường Ba Đình',
      'Phường Đống Đa',
      'Phường Cầu Giấy',
      'Phường Thanh Xuân',
      'Phường Hai Bà Trưng',
      'Phường Long Biên',
      'Phường Tây Hồ',
      'Phường Hoàng Mai',
      'Phường Hà Đông',
      'Phường Từ Liêm',
      'Phường Yên Hòa',
      'Phường Láng',
      'Xã Gia Lâm',
    ],
    [
      'Xuân Thủy',
      'Cầu Giấy',
      'Trần Duy Hưng',
      'Nguyễn Trãi',
      'Giải Phóng',
      'Kim Mã',
      'Láng Hạ',
      'Hoàng Quốc Việt',
      'Phố Huế',
      'Nguyễn Chí Thanh',
      'Tôn Đức Thắng',
      'Minh Khai',
      'Lạc Long Quân',
    ],
  ),
  place(
    DA_NANG,
    'metro',
    5,
    [50000, 51999],
    [
      'Phường Hải Châu',
      'Phường Thanh Khê',
      'Phường Sơn Trà',
      'Phường Ngũ Hành Sơn',
      'Phường Hòa Khánh',
      'Phường Cẩm Lệ',
      'Phường Hội An',
    ],
    ['Nguyễn Văn Linh', 'Lê Duẩn', 'Hàm Nghi', 'Điện Biên Phủ', 'Ngô Quyền', 'Nguyễn Hữu Thọ'],
  ),
  place(
    'Hải Phòng',
    'city',
    4,
    [4000, 5999],
    ['Phường Hồng Bàng', 'Phường Lê Chân', 'Phường Ngô Quyền', 'Phường Hải An', 'Phường Hải Dương'],
    ['Lạch Tray', 'Tô Hiệu', 'Lê Lợi', 'Văn Cao', 'Trần Nguyên Hãn'],
  ),
  place(
    'Cần Thơ',
    'city',
    3.5,
    [94000, 94999],
    ['Phường Ninh Kiều', 'Phường Cái Khế', 'Phường Bình Thủy', 'Phường Sóc Trăng', 'Phường Vị Thanh'],
    ['30 Tháng 4', 'Nguyễn Văn Cừ', 'Trần Hưng Đạo', '3 Tháng 2', 'Mậu Thân'],
  ),
  place(
    'Đồng Nai',
    'city',
    4,
    [76000, 76999],
    ['Phường Biên Hòa', 'Phường Trấn Biên', 'Phường Long Khánh', 'Xã Nhơn Trạch', 'Phường Đồng Xoài'],
    ['Phạm Văn Thuận', 'Đồng Khởi', 'Võ Thị Sáu', 'Quốc lộ 1A', 'Hà Huy Giáp'],
  ),
  place(
    'Khánh Hòa',
    'city',
    2,
    [57000, 57999],
    ['Phường Nha Trang', 'Phường Bắc Nha Trang', 'Phường Cam Ranh', 'Phường Phan Rang'],
    ['Trần Phú', 'Nguyễn Thiện Thuật', 'Thống Nhất', '2 Tháng 4', 'Lê Hồng Phong'],
  ),
  place(
    'Huế',
    'city',
    2,
    [49000, 49999],
    ['Phường Thuận Hóa', 'Phường Phú Xuân', 'Phường Kim Long', 'Phường Hương Thủy'],
    ['Lê Lợi', 'Hùng Vương', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Bà Triệu'],
  ),
  place(
    'Lâm Đồng',
    'province',
    2,
    [66000, 66999],
    ['Phường Xuân Hương - Đà Lạt', 'Phường Lâm Viên - Đà Lạt', 'Phường Bảo Lộc', 'Xã Đức Trọng'],
    ['Phan Đình Phùng', 'Ba Tháng Hai', 'Trần Phú', 'Quốc lộ 20'],
  ),
  place(
    'An Giang',
    'province',
    3,
    [90000, 90999],
    ['Phường Long Xuyên', 'Phường Châu Đốc', 'Phường Rạch Giá', 'Đặc khu Phú Quốc', 'Xã Chợ Mới'],
    ['Trần Hưng Đạo', 'Hà Hoàng Hổ', 'Nguyễn Trung Trực', 'Tôn Đức Thắng'],
  ),
  place(
    'Vĩnh Long',
    'province',
    2.5,
    [85000, 86999],
    ['Phường Long Châu', 'Phường An Hội', 'Phường Trà Vinh', 'Xã Mỏ Cày', 'Xã Châu Thành'],
    ['Phạm Thái Bường', 'Đồng Khởi', 'Nguyễn Đình Chiểu', 'Quốc lộ 57'],
  ),
  place(
    'Đồng Tháp',
    'province',
    2.5,
    [81000, 84999],
    ['Phường Mỹ Tho', 'Phường Cao Lãnh', 'Phường Sa Đéc', 'Xã Cái Bè', 'Xã Tháp Mười'],
    ['Ấp Bắc', 'Nguyễn Huệ', 'Hùng Vương', 'Quốc lộ 30'],
  ),
  place(
    'Cà Mau',
    'province',
    1.5,
    [96000, 97999],
    ['Phường An Xuyên', 'Phường Bạc Liêu', 'Xã Năm Căn', 'Xã Cái Nước'],
    ['Lý Thường Kiệt', 'Trần Hưng Đạo', 'Quốc lộ 1A', 'Ngô Quyền'],
  ),
  place(
    'Nghệ An',
    'province',
    3,
    [43000, 44999],
    ['Phường Vinh Hưng', 'Phường Trường Vinh', 'Phường Cửa Lò', 'Xã Diễn Châu', 'Xã Quỳnh Lưu'],
    ['Lê Duẩn', 'Quang Trung', 'Nguyễn Văn Cừ', 'Quốc lộ 1A'],
  ),
  place(
    'Thanh Hóa',
    'province',
    3,
    [40000, 41999],
    ['Phường Hạc Thành', 'Phường Sầm Sơn', 'Phường Bỉm Sơn', 'Xã Hoằng Hóa', 'Xã Thọ Xuân'],
    ['Lê Lợi', 'Bà Triệu', 'Quang Trung', 'Quốc lộ 47'],
  ),
  place(
    'Bắc Ninh',
    'city',
    2.5,
    [16000, 16999],
    ['Phường Kinh Bắc', 'Phường Từ Sơn', 'Phường Bắc Giang', 'Xã Yên Phong'],
    ['Ngô Gia Tự', 'Lý Thái Tổ', 'Trần Hưng Đạo', 'Nguyễn Văn Cừ'],
  ),
  place(
    'Quảng Ninh',
    'city',
    2,
    [1000, 2999],
    ['Phường Hạ Long', 'Phường Bãi Cháy', 'Phường Cẩm Phả', 'Phường Móng Cái 1'],
    ['Hạ Long', 'Lê Thánh Tông', 'Trần Phú', 'Nguyễn Văn Cừ'],
  ),
  place(
    'Đắk Lắk',
    'province',
    2,
    [63000, 64999],
    ['Phường Buôn Ma Thuột', 'Phường Tân An', 'Phường Tuy Hòa', 'Xã Cư M’gar', 'Xã Krông Pắc'],
    ['Phan Bội Châu', 'Lê Duẩn', 'Nguyễn Tất Thành', 'Quốc lộ 14'],
  ),
  place(
    'Gia Lai',
    'province',
    2,
    [55000, 61999],
    ['Phường Pleiku', 'Phường Quy Nhơn', 'Phường An Nhơn', 'Xã Chư Sê', 'Xã Tuy Phước'],
    ['Hùng Vương', 'Trần Hưng Đạo', 'Xuân Diệu', 'Quốc lộ 19'],
  ),
  place(
    'Tây Ninh',
    'province',
    2.5,
    [80000, 82999],
    ['Phường Tân Ninh', 'Phường Long An', 'Phường Kiến Tường', 'Xã Bến Lức', 'Xã Đức Hòa'],
    ['Cách Mạng Tháng Tám', 'Hùng Vương', 'Quốc lộ 22', 'Quốc lộ 1A'],
  ),
];

export const METROS: readonly Place[] = PLACES.filter((p) => p.express);

export const placeNamed = (province: string): Place => {
  const p = PLACES.find((x) => x.province === province);
  if (!p) throw new Error(`no place ${province}`);
  return p;
};

/** A place by its share of buyers, optionally only some tiers. */
export function pickPlace(rng: Rng, tiers?: readonly Tier[]): Place {
  const from = tiers ? PLACES.filter((p) => tiers.includes(p.tier)) : PLACES;
  return rng.weightedPick(from.map((p) => [p, p.weight] as const));
}

const RURAL = ['Ấp', 'Thôn', 'Tổ'];

/** A street address (alley numbers included) or, in the countryside, a hamlet. */
export function addressIn(rng: Rng, p: Place): Address {
  const ward = rng.pick(p.wards);
  const rural = ward.startsWith('Xã') && rng.chance(0.6);
  const house = `${rng.int(1, 480)}${rng.chance(0.3) ? `/${rng.int(1, 80)}` : ''}`;
  const line1 = rural
    ? `${rng.pick(RURAL)} ${rng.int(1, 12)}, ${ward}`
    : rng.chance(0.12)
      ? `Căn hộ ${rng.pick(['A', 'B', 'C', 'S'])}${rng.int(1, 3)}.${rng.int(2, 35)}.${String(rng.int(1, 20)).padStart(2, '0')}, ${rng.pick(p.streets)}, ${ward}`
      : `${house} ${rng.pick(p.streets)}, ${ward}`;
  return {
    country: 'VN',
    postalCode: String(rng.int(p.postal[0], p.postal[1])).padStart(5, '0'),
    city: p.province,
    line1,
  };
}

/** The store's shops: pickup, instalment contracts, pay at the counter. */
export interface Shop {
  id: string;
  province: string;
}

export const SHOPS: readonly Shop[] = [
  { id: 'HCM-Q1-NguyenTrai', province: HCMC },
  { id: 'HCM-PhuNhuan-PhanXichLong', province: HCMC },
  { id: 'HCM-TanBinh-CMT8', province: HCMC },
  { id: 'HCM-ThuDuc-VoVanNgan', province: HCMC },
  { id: 'HCM-BinhTan-KinhDuongVuong', province: HCMC },
  { id: 'HN-CauGiay-XuanThuy', province: HANOI },
  { id: 'HN-DongDa-ThaiHa', province: HANOI },
  { id: 'HN-HaDong-QuangTrung', province: HANOI },
  { id: 'HN-LongBien-NguyenVanCu', province: HANOI },
  { id: 'DN-HaiChau-LeDuan', province: DA_NANG },
  { id: 'CT-NinhKieu-30Thang4', province: 'Cần Thơ' },
  { id: 'HP-LeChan-LachTray', province: 'Hải Phòng' },
  { id: 'DNA-BienHoa-DongKhoi', province: 'Đồng Nai' },
  { id: 'KH-NhaTrang-ThongNhat', province: 'Khánh Hòa' },
];

/** A shop in the buyer's province, else one in the nearest big city the store has. */
export function shopFor(rng: Rng, province: string): Shop {
  const here = SHOPS.filter((s) => s.province === province);
  if (here.length > 0) return rng.pick(here);
  return rng.pick(SHOPS.filter((s) => s.province === (rng.chance(0.6) ? HCMC : HANOI)));
}

/** Countries the store's overseas customers pay from (none is a sanctioned one), with their December offsets. */
export interface Abroad {
  country: string;
  tz: number;
  weight: number;
  towns: ReadonlyArray<readonly [string, string]>;
  locale: string;
}

export const DIASPORA: readonly Abroad[] = [
  {
    country: 'US',
    tz: -8,
    weight: 34,
    locale: 'en-US',
    towns: [
      ['Westminster', '92683'],
      ['Garden Grove', '92840'],
      ['San Jose', '95122'],
      ['Houston', '77072'],
      ['Falls Church', '22044'],
      ['Seattle', '98118'],
      ['Sacramento', '95823'],
    ],
  },
  {
    country: 'AU',
    tz: 11,
    weight: 14,
    locale: 'en-AU',
    towns: [
      ['Cabramatta', '2166'],
      ['Footscray', '3011'],
      ['Springvale', '3171'],
      ['Inala', '4077'],
      ['Bankstown', '2200'],
    ],
  },
  {
    country: 'CA',
    tz: -5,
    weight: 7,
    locale: 'en-CA',
    towns: [
      ['Toronto', 'M6J 1H4'],
      ['Montréal', 'H3S 1Z1'],
      ['Calgary', 'T2E 3K2'],
      ['Vancouver', 'V5R 4J2'],
    ],
  },
  {
    country: 'FR',
    tz: 1,
    weight: 5,
    locale: 'fr-FR',
    towns: [
      ['Paris', '75013'],
      ['Ivry-sur-Seine', '94200'],
      ['Lyon', '69007'],
    ],
  },
  {
    country: 'DE',
    tz: 1,
    weight: 6,
    locale: 'de-DE',
    towns: [
      ['Berlin', '10367'],
      ['Leipzig', '04315'],
      ['Hamburg', '22111'],
    ],
  },
  {
    country: 'GB',
    tz: 0,
    weight: 3,
    locale: 'en-GB',
    towns: [
      ['London', 'E8 2NS'],
      ['Birmingham', 'B6 4AA'],
    ],
  },
  {
    country: 'JP',
    tz: 9,
    weight: 12,
    locale: 'ja-JP',
    towns: [
      ['Shinjuku, Tokyo', '169-0073'],
      ['Osaka', '544-0034'],
      ['Nagoya', '460-0008'],
      ['Kawaguchi, Saitama', '332-0012'],
      ['Kobe', '653-0052'],
    ],
  },
  {
    country: 'KR',
    tz: 9,
    weight: 10,
    locale: 'ko-KR',
    towns: [
      ['Ansan', '15355'],
      ['Seoul', '07240'],
      ['Gimhae', '50924'],
    ],
  },
  {
    country: 'TW',
    tz: 8,
    weight: 7,
    locale: 'zh-TW',
    towns: [
      ['Taoyuan', '320'],
      ['Taichung', '407'],
      ['New Taipei', '241'],
    ],
  },
  {
    country: 'CZ',
    tz: 1,
    weight: 2,
    locale: 'cs-CZ',
    towns: [
      ['Praha', '140 00'],
      ['Cheb', '350 02'],
    ],
  },
];

export const abroadIn = (country: string): Abroad => {
  const a = DIASPORA.find((x) => x.country === country);
  if (!a) throw new Error(`no diaspora country ${country}`);
  return a;
};

const FOREIGN_STREETS = [
  'Main St',
  'Oak Ave',
  'High Street',
  'Station Road',
  'Park Lane',
  'Elm St',
  'Lake Dr',
];

/** An address abroad in one of the diaspora countries (a Vietnamese family's, or a stolen card's holder's). */
export function addressAbroad(rng: Rng, a: Abroad): Address {
  const [city, postalCode] = rng.pick(a.towns);
  const line1 =
    a.country === 'JP'
      ? `${rng.int(1, 5)}-${rng.int(1, 30)}-${rng.int(1, 20)}`
      : a.country === 'KR'
        ? `${rng.int(1, 300)}, ${rng.pick(['Wongok-ro', 'Dongil-ro', 'Gaya-ro'])}`
        : a.country === 'TW'
          ? `No. ${rng.int(1, 400)}, Sec. ${rng.int(1, 4)}, ${rng.pick(['Zhongshan Rd', 'Minsheng Rd', 'Fuxing Rd'])}`
          : `${rng.int(1, 9800)} ${rng.pick(FOREIGN_STREETS)}${rng.chance(0.3) ? ` Apt ${rng.int(1, 40)}` : ''}`;
  return { country: a.country, postalCode, city, line1 };
}
