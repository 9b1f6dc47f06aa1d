/**
 * The slice of OpenAPI 3.1 this package writes. Schemas are plain JSON Schema 2020-12 objects,
 * as OpenAPI 3.1 allows, so they stay loosely typed here.
 */
export type JsonSchema = { [keyword: string]: unknown }

export type Parameter = {
  name: string
  in: 'query' | 'path'
  description: string
  required?: boolean
  style?: 'form' | 'deepObject'
  explode?: boolean
  schema: JsonSchema
}

export type Reference = { $ref: string }

export type Response = {
  description: string
  content?: Record<string, { schema?: JsonSchema }>
}

export type Operation = {
  operationId: string
  summary: string
  description?: string
  tags: string[]
  parameters?: (Parameter | Reference)[]
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, Response | Reference>
}

export type PathItem = { get?: Operation; post?: Operation }

export type OpenApiDocument = {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: { url: string }[]
  tags: { name: string; description?: string }[]
  paths: Record<string, PathItem>
  components: {
    schemas: Record<string, JsonSchema>
    parameters: Record<string, Parameter>
    responses: Record<string, Response>
  }
}
