/// The OpenAPI 3.0 description of the JSON API, served at /api/openapi.json; a test validates it
/// and checks the live server's replies against its schemas.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {"title": "planlint reviewer service", "version": "1", "description": "Kiểm tra và tổng hợp kế hoạch cải cách hành chính."},
      "servers": [{"url": "/"}],
      "security": [{"bearer": []}],
      "paths": {
        "/api/login": {"post": {"summary": "Đăng nhập, nhận token", "security": [],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LoginRequest"}}}},
          "responses": {"200": {"description": "token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LoginReply"}}}},
                        "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}}}},
        "/api/check": {"post": {"summary": "Kiểm tra một dự thảo (không lưu)",
          "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}}},
          "responses": {"200": {"description": "kết quả", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckReply"}}}},
                        "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                        "413": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}}},
        "/api/submissions": {
          "post": {"summary": "Nộp kế hoạch (lưu trong một giao dịch)",
            "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}}},
            "responses": {"201": {"description": "đã lưu", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SubmissionDetail"}}}},
                          "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                          "413": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}},
          "get": {"summary": "Danh sách hồ sơ đã nộp (cán bộ đơn vị: chỉ của đơn vị mình)",
            "parameters": [{"name": "pack", "in": "query", "required": false, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "danh sách", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SubmissionList"}}}},
                          "401": {"$ref": "#/components/responses/Error"}}}},
        "/api/submissions/{id}": {"get": {"summary": "Một hồ sơ và các vấn đề của nó",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
          "responses": {"200": {"description": "hồ sơ", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SubmissionDetail"}}}},
                        "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/masters": {"get": {"summary": "Các kế hoạch CCHC của tỉnh và đơn vị được giao",
          "responses": {"200": {"description": "danh sách", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PackList"}}}},
                        "401": {"$ref": "#/components/responses/Error"}}}},
        "/api/masters/{province}/{year}/coverage": {"get": {"summary": "Bảng tổng hợp của một kế hoạch tỉnh",
          "parameters": [{"name": "province", "in": "path", "required": true, "schema": {"type": "string"}},
                         {"name": "year", "in": "path", "required": true, "schema": {"type": "integer"}}],
          "responses": {"200": {"description": "bảng", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CoverageReply"}}}},
                        "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}}
      },
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "responses": {"Error": {"description": "lỗi, với câu giải thích", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
        "schemas": {
          "Error": {"type": "object", "required": ["error"], "additionalProperties": false, "properties": {"error": {"type": "string", "minLength": 1}}},
          "LoginRequest": {"type": "object", "required": ["username", "password"], "properties": {"username": {"type": "string"}, "password": {"type": "string"}}},
          "LoginReply": {"type": "object", "required": ["token", "role", "expiresAt"], "additionalProperties": false, "properties": {
            "token": {"type": "string"}, "role": {"type": "string", "enum": ["reviewer", "officer"]},
            "province": {"type": "string"}, "unit": {"type": "string"}, "expiresAt": {"type": "integer"}}},
          "Upload": {"type": "object", "required": ["file", "pack"], "properties": {
            "file": {"type": "string", "format": "binary"}, "pack": {"type": "string", "example": "quang-ngai/2023"}, "unit": {"type": "string"}}},
          "Figures": {"type": "object", "additionalProperties": false,
            "required": ["errors", "warnings", "infos", "covered", "late", "partial", "missing", "earlyPlansOwed", "earlyPlansIssued"],
            "properties": {"errors": {"type": "integer", "minimum": 0}, "warnings": {"type": "integer", "minimum": 0}, "infos": {"type": "integer", "minimum": 0},
              "covered": {"type": "integer", "minimum": 0}, "late": {"type": "integer", "minimum": 0}, "partial": {"type": "integer", "minimum": 0},
              "missing": {"type": "integer", "minimum": 0}, "earlyPlansOwed": {"type": "integer", "minimum": 0}, "earlyPlansIssued": {"type": "integer", "minimum": 0}}},
          "Finding": {"type": "object", "required": ["rule", "severity", "message"], "additionalProperties": false, "properties": {
            "rule": {"type": "string"}, "severity": {"type": "string", "enum": ["error", "warning", "info"]}, "message": {"type": "string"},
            "path": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"}}},
          "CoverageItem": {"type": "object", "required": ["obligation", "title", "role", "status", "mandatedEarlyPlan"], "additionalProperties": false, "properties": {
            "obligation": {"type": "string"}, "title": {"type": "string"}, "role": {"type": "string", "enum": ["lead", "coordinating"]},
            "status": {"type": "string", "enum": ["covered", "late", "partial", "missing"]}, "masterDeadline": {"type": "string"},
            "taskPath": {"type": "string"}, "planDeadline": {"type": "string"}, "mandatedEarlyPlan": {"type": "boolean"}}},
          "CheckReply": {"type": "object", "required": ["file", "format", "pack", "unit", "figures", "findings", "coverage", "missingAreas"], "additionalProperties": false, "properties": {
            "file": {"type": "string"}, "format": {"type": "string", "enum": ["docx", "pdf", "txt", "md"]}, "pack": {"type": "string"}, "unit": {"type": "string"},
            "figures": {"$ref": "#/components/schemas/Figures"}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
            "coverage": {"type": "array", "items": {"$ref": "#/components/schemas/CoverageItem"}}, "missingAreas": {"type": "array", "items": {"type": "string"}}}},
          "Submission": {"type": "object", "additionalProperties": false,
            "required": ["id", "pack", "province", "unit", "submittedBy", "submittedAt", "file", "format", "fileSize", "figures"], "properties": {
            "id": {"type": "integer"}, "pack": {"type": "string"}, "province": {"type": "string"}, "unit": {"type": "string"},
            "submittedBy": {"type": "string"}, "submittedAt": {"type": "string", "format": "date-time"}, "file": {"type": "string"},
            "format": {"type": "string", "enum": ["docx", "pdf", "txt", "md"]}, "fileSize": {"type": "integer", "minimum": 1},
            "figures": {"$ref": "#/components/schemas/Figures"}}},
          "SubmissionDetail": {"type": "object", "required": ["submission", "findings"], "additionalProperties": false, "properties": {
            "submission": {"$ref": "#/components/schemas/Submission"}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}},
          "SubmissionList": {"type": "object", "required": ["submissions"], "additionalProperties": false, "properties": {
            "submissions": {"type": "array", "items": {"$ref": "#/components/schemas/Submission"}}}},
          "PackList": {"type": "object", "required": ["masters"], "additionalProperties": false, "properties": {
            "masters": {"type": "array", "items": {"type": "object", "required": ["id", "province", "year", "title", "units"], "additionalProperties": false, "properties": {
              "id": {"type": "string"}, "province": {"type": "string"}, "year": {"type": "integer"}, "title": {"type": "string"},
              "units": {"type": "array", "items": {"type": "object", "required": ["id", "name"], "additionalProperties": false,
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}}}}}}},
          "CoverageReply": {"type": "object", "required": ["pack", "title", "units"], "additionalProperties": false, "properties": {
            "pack": {"type": "string"}, "title": {"type": "string"},
            "units": {"type": "array", "items": {"type": "object", "additionalProperties": false,
              "required": ["unit", "name", "owedLead", "owedCoordinating", "submitted", "versions"], "properties": {
              "unit": {"type": "string"}, "name": {"type": "string"}, "owedLead": {"type": "integer"}, "owedCoordinating": {"type": "integer"},
              "submitted": {"type": "boolean"}, "versions": {"type": "integer"}, "latest": {"$ref": "#/components/schemas/Submission"}}}}}}
        }
      }
    }
    """#
}
