-- Seed values for a fresh installation; administrators change them afterwards.
insert into agency (code, name, superior_name, parent_code, place) values
    ('H29',          'Ủy ban nhân dân Thành phố Hồ Chí Minh', '', null, 'Thành phố Hồ Chí Minh'),
    ('H29.12.05',    'Ủy ban nhân dân phường Bến Thành', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'H29', 'Thành phố Hồ Chí Minh'),
    ('H29.12.07',    'Ủy ban nhân dân phường Tân Phú', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'H29', 'Thành phố Hồ Chí Minh'),
    ('H29.12.05.CA', 'Công an phường Bến Thành', 'Công an Thành phố Hồ Chí Minh', 'H29', 'Thành phố Hồ Chí Minh'),
    ('H29.BHXH',     'Bảo hiểm xã hội Thành phố Hồ Chí Minh', 'Bảo hiểm xã hội Việt Nam', null, 'Thành phố Hồ Chí Minh');

insert into procedure (code, name, field, online_level) values
    ('2.000635',   'Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 'FULL'),
    ('HCM.LT.01',  'Liên thông các thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 'Hộ tịch', 'FULL'),
    ('HCM.HKD.01', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh', 'FULL');

insert into procedure_version (procedure_id, version, legal_basis, receiving_agency_code, process_key,
                               fee_type, fee_amount, fee_per_copy, deadline_working_days, cutoff_time, result_title, published_at)
select id, 1, 'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP; Thông tư số 04/2020/TT-BTP',
       'H29.12.05', 'civil-status-extract-copy', 'PHI', 8000, true, 0, time '15:00', 'BẢN SAO TRÍCH LỤC HỘ TỊCH', timestamptz '2025-01-01 00:00+07'
from procedure where code = '2.000635';

insert into procedure_version (procedure_id, version, legal_basis, receiving_agency_code, process_key,
                               fee_type, fee_amount, fee_per_copy, deadline_working_days, cutoff_time, result_title, published_at)
select id, 1, 'Luật Hộ tịch năm 2014; Luật Cư trú năm 2020; Luật Bảo hiểm y tế; Nghị định số 63/2024/NĐ-CP',
       'H29.12.05', 'birth-residence-insurance', null, 0, false, 5, null, 'TRÍCH LỤC KHAI SINH', timestamptz '2025-01-01 00:00+07'
from procedure where code = 'HCM.LT.01';

insert into procedure_version (procedure_id, version, legal_basis, receiving_agency_code, process_key,
                               fee_type, fee_amount, fee_per_copy, deadline_working_days, cutoff_time, result_title, published_at)
select id, 1, 'Luật Doanh nghiệp năm 2020; Nghị định số 01/2021/NĐ-CP',
       'H29.12.05', 'household-business-registration', 'LE_PHI', 100000, false, 3, null, 'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH', timestamptz '2025-01-01 00:00+07'
from procedure where code = 'HCM.HKD.01';

insert into procedure_document (procedure_version_id, position, name, originals, certified_copies, copies, required)
select v.id, d.position, d.name, d.originals, d.certified_copies, d.copies, d.required
from procedure_version v join procedure p on p.id = v.procedure_id
join (values
    ('2.000635', 1, 'Tờ khai yêu cầu cấp bản sao trích lục hộ tịch (biểu mẫu điện tử)', 1, 0, 0, true),
    ('2.000635', 2, 'Văn bản ủy quyền, nếu người yêu cầu được ủy quyền', 1, 0, 0, false),
    ('HCM.LT.01', 1, 'Tờ khai đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế (biểu mẫu điện tử)', 1, 0, 0, true),
    ('HCM.LT.01', 2, 'Giấy chứng sinh', 1, 0, 0, true),
    ('HCM.HKD.01', 1, 'Giấy đề nghị đăng ký hộ kinh doanh (biểu mẫu điện tử)', 1, 0, 0, true),
    ('HCM.HKD.01', 2, 'Biên bản họp thành viên hộ gia đình, nếu các thành viên cùng đăng ký', 0, 1, 0, false)
) as d(code, position, name, originals, certified_copies, copies, required) on d.code = p.code;

insert into holiday (day, name) values
    ('2025-01-01', 'Tết Dương lịch'),
    ('2025-01-27', 'Tết Nguyên đán'), ('2025-01-28', 'Tết Nguyên đán'), ('2025-01-29', 'Tết Nguyên đán'),
    ('2025-01-30', 'Tết Nguyên đán'), ('2025-01-31', 'Tết Nguyên đán'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương'),
    ('2025-04-30', 'Ngày Chiến thắng'), ('2025-05-01', 'Ngày Quốc tế Lao động'), ('2025-05-02', 'Nghỉ bù'),
    ('2025-09-01', 'Quốc khánh'), ('2025-09-02', 'Quốc khánh'),
    ('2026-01-01', 'Tết Dương lịch'),
    ('2026-02-16', 'Tết Nguyên đán'), ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'),
    ('2026-02-19', 'Tết Nguyên đán'), ('2026-02-20', 'Tết Nguyên đán'),
    ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
    ('2026-04-30', 'Ngày Chiến thắng'), ('2026-05-01', 'Ngày Quốc tế Lao động'),
    ('2026-09-01', 'Quốc khánh'), ('2026-09-02', 'Quốc khánh'),
    ('2027-01-01', 'Tết Dương lịch'),
    ('2027-02-04', 'Tết Nguyên đán'), ('2027-02-05', 'Tết Nguyên đán'), ('2027-02-08', 'Tết Nguyên đán'),
    ('2027-02-09', 'Tết Nguyên đán'), ('2027-02-10', 'Tết Nguyên đán'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương'),
    ('2027-04-30', 'Ngày Chiến thắng'), ('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'),
    ('2027-09-02', 'Quốc khánh'), ('2027-09-03', 'Quốc khánh');
