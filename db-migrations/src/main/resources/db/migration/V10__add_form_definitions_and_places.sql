-- The filing form of each procedure version, defined as data (steps → fields, labels in Vietnamese and English).
alter table procedure_version add column form_definition jsonb;

-- Administrative units for address fields: provinces and their wards (after the 2025 two-level reorganisation).
-- Seed values; an administrator keeps them up to date with the official list.
create table province (
    code  varchar(8)   primary key,
    name  varchar(100) not null
);

create table ward (
    code           varchar(8)   primary key,
    name           varchar(100) not null,
    province_code  varchar(8)   not null references province (code)
);
create index ward_province_idx on ward (province_code, name);

insert into province (code, name) values
    ('01', 'Thành phố Hà Nội'),
    ('31', 'Thành phố Hải Phòng'),
    ('46', 'Thành phố Huế'),
    ('48', 'Thành phố Đà Nẵng'),
    ('79', 'Thành phố Hồ Chí Minh'),
    ('92', 'Thành phố Cần Thơ');

insert into ward (code, name, province_code) values
    ('26734', 'Phường Tân Định', '79'),
    ('26740', 'Phường Sài Gòn', '79'),
    ('26743', 'Phường Bến Thành', '79'),
    ('26758', 'Phường Cầu Ông Lãnh', '79'),
    ('27139', 'Phường Bàn Cờ', '79'),
    ('27142', 'Phường Xuân Hòa', '79'),
    ('27154', 'Phường Nhiêu Lộc', '79'),
    ('27259', 'Phường Xóm Chiếu', '79'),
    ('27265', 'Phường Khánh Hội', '79'),
    ('27286', 'Phường Vĩnh Hội', '79'),
    ('27301', 'Phường Chợ Quán', '79'),
    ('27316', 'Phường An Đông', '79'),
    ('27343', 'Phường Chợ Lớn', '79'),
    ('27007', 'Phường Tân Phú', '79'),
    ('27013', 'Phường Phú Thạnh', '79'),
    ('27019', 'Phường Phú Thọ Hòa', '79'),
    ('27022', 'Phường Tân Sơn Nhì', '79'),
    ('26905', 'Phường Bình Thạnh', '79'),
    ('26944', 'Phường Gia Định', '79'),
    ('26956', 'Phường Thạnh Mỹ Tây', '79'),
    ('26881', 'Phường Bình Lợi Trung', '79'),
    ('26878', 'Phường Hạnh Thông', '79'),
    ('26890', 'Phường Gò Vấp', '79'),
    ('26884', 'Phường An Nhơn', '79'),
    ('27043', 'Phường Phú Nhuận', '79'),
    ('27058', 'Phường Đức Nhuận', '79'),
    ('26800', 'Phường Thủ Đức', '79'),
    ('26794', 'Phường Linh Xuân', '79'),
    ('26971', 'Phường Tân Sơn Nhất', '79'),
    ('00070', 'Phường Hoàn Kiếm', '01'),
    ('00082', 'Phường Cửa Nam', '01'),
    ('00004', 'Phường Ba Đình', '01'),
    ('20194', 'Phường Hải Châu', '48'),
    ('20305', 'Phường Sơn Trà', '48'),
    ('11311', 'Phường Hồng Bàng', '31'),
    ('19753', 'Phường Thuận Hóa', '46'),
    ('31117', 'Phường Ninh Kiều', '92');
