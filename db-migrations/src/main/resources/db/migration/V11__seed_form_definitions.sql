-- Filing forms of the three seed procedures. Field keys of 2.000635 are the keys its result template reads.
update procedure_version v set form_definition = $json$
{
  "steps": [
    {
      "key": "applicant",
      "title": {"vi": "Người yêu cầu", "en": "Applicant"},
      "fields": [
        {"key": "applicantName", "type": "text", "prefill": "fullName", "required": true, "maxLength": 100,
         "label": {"vi": "Họ, chữ đệm, tên", "en": "Full name"}},
        {"key": "applicantBirthDate", "type": "date", "prefill": "birthDate", "required": true, "date": "past",
         "label": {"vi": "Ngày sinh", "en": "Date of birth"}},
        {"key": "applicantGender", "type": "choice", "prefill": "gender", "required": true,
         "label": {"vi": "Giới tính", "en": "Gender"},
         "options": [{"value": "male", "label": {"vi": "Nam", "en": "Male"}},
                     {"value": "female", "label": {"vi": "Nữ", "en": "Female"}}]},
        {"key": "applicantAddress", "type": "text", "prefill": "permanentAddress", "maxLength": 300,
         "label": {"vi": "Nơi thường trú", "en": "Permanent residence"}},
        {"key": "phone", "type": "text", "format": "phone", "required": true, "maxLength": 15,
         "label": {"vi": "Số điện thoại liên hệ", "en": "Contact phone number"}},
        {"key": "email", "type": "text", "format": "email", "maxLength": 254,
         "label": {"vi": "Thư điện tử (nếu có)", "en": "Email (optional)"}}
      ]
    },
    {
      "key": "request",
      "title": {"vi": "Nội dung yêu cầu cấp bản sao", "en": "What you ask for"},
      "fields": [
        {"key": "extractType", "type": "choice", "required": true, "default": "BIRTH",
         "label": {"vi": "Loại trích lục", "en": "Kind of extract"},
         "options": [{"value": "BIRTH", "label": {"vi": "Trích lục khai sinh", "en": "Birth extract"}},
                     {"value": "MARRIAGE", "label": {"vi": "Trích lục kết hôn", "en": "Marriage extract"}},
                     {"value": "DEATH", "label": {"vi": "Trích lục khai tử", "en": "Death extract"}}]},
        {"key": "subjectName", "type": "text", "format": "name", "required": true, "maxLength": 100,
         "label": {"vi": "Họ, chữ đệm, tên của người được đăng ký hộ tịch", "en": "Full name of the registered person"}},
        {"key": "subjectBirthDate", "type": "date", "date": "past", "required": true,
         "label": {"vi": "Ngày sinh của người được đăng ký hộ tịch", "en": "Date of birth of the registered person"}},
        {"key": "subjectGender", "type": "choice", "required": true,
         "label": {"vi": "Giới tính của người được đăng ký hộ tịch", "en": "Gender of the registered person"},
         "options": [{"value": "male", "label": {"vi": "Nam", "en": "Male"}},
                     {"value": "female", "label": {"vi": "Nữ", "en": "Female"}}]},
        {"key": "subjectIdNumber", "type": "identity", "birthDateField": "subjectBirthDate", "genderField": "subjectGender",
         "label": {"vi": "Số định danh cá nhân của người được đăng ký hộ tịch (nếu có)", "en": "Personal identity number of the registered person (if any)"},
         "hint": {"vi": "Gồm 12 chữ số, in trên thẻ căn cước.", "en": "12 digits, printed on the identity card."}},
        {"key": "registrationPlace", "type": "text", "required": true, "maxLength": 200,
         "label": {"vi": "Nơi đã đăng ký hộ tịch", "en": "Where the event was registered"}},
        {"key": "registrationNumber", "type": "text", "maxLength": 50,
         "label": {"vi": "Số đăng ký (nếu biết)", "en": "Registration number (if known)"}},
        {"key": "copies", "type": "number", "required": true, "min": 1, "max": 20, "default": "1",
         "label": {"vi": "Số bản sao yêu cầu", "en": "Number of copies"},
         "hint": {"vi": "Phí 8.000 đồng cho mỗi bản sao.", "en": "The fee is 8,000 VND per copy."}},
        {"key": "purpose", "type": "text", "multiline": true, "maxLength": 500,
         "label": {"vi": "Mục đích sử dụng (nếu muốn ghi)", "en": "Purpose (optional)"}}
      ]
    }
  ]
}
$json$::jsonb
from procedure p where p.id = v.procedure_id and p.code = '2.000635' and v.version = 1;

update procedure_version v set form_definition = $json$
{
  "steps": [
    {
      "key": "parents",
      "title": {"vi": "Người đi đăng ký và cha, mẹ của trẻ", "en": "Applicant and the child's parents"},
      "fields": [
        {"key": "applicantName", "type": "text", "prefill": "fullName", "required": true, "maxLength": 100,
         "label": {"vi": "Họ, chữ đệm, tên người đi đăng ký", "en": "Full name of the applicant"}},
        {"key": "applicantRelation", "type": "choice", "required": true,
         "label": {"vi": "Quan hệ với trẻ", "en": "Relation to the child"},
         "options": [{"value": "mother", "label": {"vi": "Mẹ", "en": "Mother"}},
                     {"value": "father", "label": {"vi": "Cha", "en": "Father"}}]},
        {"key": "motherName", "type": "text", "format": "name", "required": true, "maxLength": 100,
         "label": {"vi": "Họ, chữ đệm, tên của mẹ", "en": "Mother's full name"}},
        {"key": "motherIdNumber", "type": "identity", "required": true, "gender": "female",
         "label": {"vi": "Số định danh cá nhân của mẹ", "en": "Mother's personal identity number"}},
        {"key": "fatherName", "type": "text", "format": "name", "maxLength": 100,
         "label": {"vi": "Họ, chữ đệm, tên của cha (nếu có)", "en": "Father's full name (if any)"}},
        {"key": "fatherIdNumber", "type": "identity", "gender": "male",
         "label": {"vi": "Số định danh cá nhân của cha (nếu có)", "en": "Father's personal identity number (if any)"}},
        {"key": "phone", "type": "text", "format": "phone", "required": true, "maxLength": 15,
         "label": {"vi": "Số điện thoại liên hệ", "en": "Contact phone number"}},
        {"key": "email", "type": "text", "format": "email", "maxLength": 254,
         "label": {"vi": "Thư điện tử (nếu có)", "en": "Email (optional)"}}
      ]
    },
    {
      "key": "child",
      "title": {"vi": "Thông tin của trẻ", "en": "The child"},
      "fields": [
        {"key": "childName", "type": "text", "format": "name", "required": true, "maxLength": 100,
         "label": {"vi": "Họ, chữ đệm, tên của trẻ", "en": "Child's full name"}},
        {"key": "childBirthDate", "type": "date", "date": "past", "required": true,
         "label": {"vi": "Ngày sinh của trẻ", "en": "Child's date of birth"}},
        {"key": "childGender", "type": "choice", "required": true,
         "label": {"vi": "Giới tính của trẻ", "en": "Child's gender"},
         "options": [{"value": "male", "label": {"vi": "Nam", "en": "Male"}},
                     {"value": "female", "label": {"vi": "Nữ", "en": "Female"}}]},
        {"key": "childBirthPlace", "type": "address", "required": true,
         "label": {"vi": "Nơi sinh", "en": "Place of birth"},
         "hint": {"vi": "Địa chỉ cơ sở y tế hoặc nơi trẻ được sinh ra.", "en": "Address of the hospital or place where the child was born."}}
      ]
    },
    {
      "key": "household",
      "title": {"vi": "Hộ gia đình đăng ký thường trú cho trẻ", "en": "Household the child will be registered in"},
      "fields": [
        {"key": "householdAddress", "type": "text", "prefill": "permanentAddress", "required": true, "maxLength": 300,
         "label": {"vi": "Địa chỉ thường trú của hộ", "en": "Household's permanent address"}},
        {"key": "householdMembers", "type": "group", "prefill": "householdMembers", "maxItems": 30,
         "label": {"vi": "Thành viên hộ gia đình", "en": "Household members"},
         "fields": [
           {"key": "fullName", "type": "text", "maxLength": 100, "label": {"vi": "Họ, chữ đệm, tên", "en": "Full name"}},
           {"key": "idNumber", "type": "text", "maxLength": 12, "label": {"vi": "Số định danh cá nhân", "en": "Personal identity number"}},
           {"key": "relation", "type": "text", "maxLength": 50, "label": {"vi": "Quan hệ với chủ hộ", "en": "Relation to the head"}}
         ]}
      ]
    }
  ]
}
$json$::jsonb
from procedure p where p.id = v.procedure_id and p.code = 'HCM.LT.01' and v.version = 1;

update procedure_version v set form_definition = $json$
{
  "steps": [
    {
      "key": "owner",
      "title": {"vi": "Chủ hộ kinh doanh", "en": "Owner of the household business"},
      "fields": [
        {"key": "ownerName", "type": "text", "prefill": "fullName", "required": true, "maxLength": 100,
         "label": {"vi": "Họ, chữ đệm, tên", "en": "Full name"}},
        {"key": "ownerBirthDate", "type": "date", "prefill": "birthDate", "required": true, "date": "past",
         "label": {"vi": "Ngày sinh", "en": "Date of birth"}},
        {"key": "ownerGender", "type": "choice", "prefill": "gender", "required": true,
         "label": {"vi": "Giới tính", "en": "Gender"},
         "options": [{"value": "male", "label": {"vi": "Nam", "en": "Male"}},
                     {"value": "female", "label": {"vi": "Nữ", "en": "Female"}}]},
        {"key": "phone", "type": "text", "format": "phone", "required": true, "maxLength": 15,
         "label": {"vi": "Số điện thoại liên hệ", "en": "Contact phone number"}},
        {"key": "email", "type": "text", "format": "email", "maxLength": 254,
         "label": {"vi": "Thư điện tử (nếu có)", "en": "Email (optional)"}}
      ]
    },
    {
      "key": "business",
      "title": {"vi": "Hộ kinh doanh", "en": "The business"},
      "fields": [
        {"key": "businessName", "type": "text", "required": true, "maxLength": 200,
         "label": {"vi": "Tên hộ kinh doanh", "en": "Business name"},
         "hint": {"vi": "Gồm cụm từ \"Hộ kinh doanh\" và tên riêng.", "en": "The words \"Hộ kinh doanh\" followed by the proper name."}},
        {"key": "businessAddress", "type": "address", "required": true,
         "label": {"vi": "Địa điểm kinh doanh", "en": "Place of business"}},
        {"key": "capital", "type": "number", "required": true, "min": 0, "max": 100000000000,
         "label": {"vi": "Vốn kinh doanh (đồng)", "en": "Capital (VND)"}},
        {"key": "businessLines", "type": "group", "required": true, "minItems": 1, "maxItems": 10,
         "label": {"vi": "Ngành, nghề kinh doanh", "en": "Lines of business"},
         "fields": [
           {"key": "code", "type": "text", "required": true, "maxLength": 10,
            "label": {"vi": "Mã ngành", "en": "Industry code"}},
           {"key": "description", "type": "text", "required": true, "maxLength": 500,
            "label": {"vi": "Mô tả ngành, nghề", "en": "Description"}}
         ]}
      ]
    },
    {
      "key": "members",
      "title": {"vi": "Thành viên hộ gia đình góp vốn", "en": "Household members who contribute capital"},
      "fields": [
        {"key": "members", "type": "group", "minItems": 0, "maxItems": 10,
         "label": {"vi": "Thành viên góp vốn", "en": "Contributing members"},
         "hint": {"vi": "Bỏ trống nếu chỉ một mình bạn đăng ký.", "en": "Leave empty if you register alone."},
         "fields": [
           {"key": "name", "type": "text", "format": "name", "required": true, "maxLength": 100,
            "label": {"vi": "Họ, chữ đệm, tên", "en": "Full name"}},
           {"key": "idNumber", "type": "identity", "required": true,
            "label": {"vi": "Số định danh cá nhân", "en": "Personal identity number"}},
           {"key": "share", "type": "number", "required": true, "min": 0, "max": 100,
            "label": {"vi": "Tỷ lệ vốn góp (%)", "en": "Share of capital (%)"}}
         ]}
      ]
    }
  ]
}
$json$::jsonb
from procedure p where p.id = v.procedure_id and p.code = 'HCM.HKD.01' and v.version = 1;
